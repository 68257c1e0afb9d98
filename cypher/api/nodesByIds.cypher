// @name nodesByIds
// @returns many
// @param $ids: readonly string[]
// @param $maxFlags: number -- most sanctions and most restrictions listed per entity; the rest are counted
// @row node: EntityRow
// @row flags: FlagRow[]
// @row flagCount: number
// @row listings: ListingRow[]
// @doc The entities with these ids, each with who sanctions or restricts it (up to $maxFlags of each) and the evidence that says under what, how many flags it has in all, and the watchlists it is on now (linked or confirmed ties to entries not ended). The types are written out so a hub's other relationships are not read; a test holds them equal to FLAG_TYPES in server/graph/subgraph.ts.
MATCH (e:Entity)
WHERE e.id IN $ids
CALL (e) {
  OPTIONAL MATCH (by:Entity)-[r:SANCTIONS]->(e)
  WITH by, r LIMIT toInteger($maxFlags)
  RETURN collect(CASE WHEN r IS NOT NULL THEN { type: type(r), relationshipId: r.id, id: by.id, name: by.name, byType: by.type, evidence: r.evidence } END) AS sanctions
}
CALL (e) {
  OPTIONAL MATCH (by:Entity)-[r:RESTRICTS]->(e)
  WITH by, r LIMIT toInteger($maxFlags)
  RETURN collect(CASE WHEN r IS NOT NULL THEN { type: type(r), relationshipId: r.id, id: by.id, name: by.name, byType: by.type, evidence: r.evidence } END) AS restrictions
}
CALL (e) {
  OPTIONAL MATCH (x:ListEntry)-[m:MATCHES]->(e)
  WHERE m.status IN ['linked', 'confirmed'] AND x.endedAt IS NULL
  OPTIONAL MATCH (x)-[:ON_LIST]->(l:List)
  WITH x, m, l ORDER BY l.name LIMIT toInteger($maxFlags)
  RETURN collect(CASE WHEN x IS NOT NULL THEN { list: l.name, listId: l.id, entry: x.id, entryName: x.name, programs: x.programs, since: x.listedSince,
    url: x.sourceUrl, endedAt: x.endedAt, status: m.status, score: m.score } END) AS listings
}
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS node, sanctions + restrictions AS flags,
       COUNT { (e)<-[:SANCTIONS|RESTRICTS]-() } AS flagCount, listings
