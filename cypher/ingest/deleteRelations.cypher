// @name ingest.deleteRelations
// @returns none
// @param $rows {source: string, type: string, target: string}[]
// @doc Deletes relationships left with no evidence after a document was replaced.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE type(r) = row.type
DELETE r
