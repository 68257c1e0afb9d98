// @name endMissingListEntries
// @returns one
// @param $list: string
// @param $importedAt: string
// @row ended: number
// @doc Ends the listing of every entry of the list that the import of $importedAt no longer holds; the entry and its matches stay, as history.
MATCH (x:ListEntry)-[:ON_LIST]->(:List {id: $list})
WHERE x.lastImported <> $importedAt AND x.endedAt IS NULL
SET x.endedAt = $importedAt
RETURN count(x) AS ended
