// @name ingest.deleteRelations
// @returns none
// @param $rows {source: string, ref: string}[]
// @doc Deletes relationships left with no evidence after a document was replaced: each is reached from its source and known by the element id read earlier in the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->()
  USING INDEX a:Entity(id)
  WHERE elementId(r) = row.ref
DELETE r
