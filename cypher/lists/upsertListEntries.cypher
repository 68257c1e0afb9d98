// @name upsertListEntries
// @returns one
// @param $list: string -- the list's id
// @param $importedAt: string
// @param $entries: readonly ListEntryWrite[]
// @row added: number
// @row seen: number
// @doc Creates or updates a list's entries by id, seen in the import of $importedAt (an entry that had ended is listed again), and counts the new ones. An entry's id holds its list's, so it is tied to the list once, when created: a MERGE on the tie would expand the list's every entry for each row.
MATCH (l:List {id: $list})
UNWIND $entries AS e
MERGE (x:ListEntry {id: e.id})
ON CREATE SET x.firstImported = $importedAt
SET x.list = $list, x.key = e.key, x.type = e.type, x.name = e.name, x.aliases = e.aliases, x.countries = e.countries,
    x.programs = e.programs, x.listedSince = e.listedSince, x.sourceUrl = e.sourceUrl, x.lastImported = $importedAt, x.endedAt = null
WITH l, x, x.firstImported = $importedAt AS added
CALL (l, x, added) {
  WITH l, x WHERE added
  CREATE (x)-[:ON_LIST]->(l)
}
RETURN count(CASE WHEN added THEN 1 END) AS added, count(x) AS seen
