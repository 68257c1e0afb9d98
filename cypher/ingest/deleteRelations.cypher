// @name ingest.deleteRelations
// @returns none
// @param $rows {source: string, type: string, target: string}[]
// @doc Deletes relationships left with no evidence after a document was replaced, found from their source as in ingest.relationsByKey.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b)
  USING INDEX a:Entity(id)
  WHERE type(r) = row.type AND b.id = row.target
DELETE r
