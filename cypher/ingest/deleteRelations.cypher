// @name deleteRelations
// @returns none
// @param $sources: readonly { source: string; refs: string[] }[]
// @doc Deletes relationships left with no evidence after a document was replaced: each source is walked once, and its relationships known by the element ids read earlier in the same transaction are deleted.
UNWIND $sources AS s
MATCH (a:Entity {id: s.source})-[r]->()
  USING INDEX a:Entity(id)
  WHERE elementId(r) IN s.refs
DELETE r
