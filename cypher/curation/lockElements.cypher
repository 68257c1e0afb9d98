// @name lockElements
// @returns none
// @param $entities: readonly string[] -- entity ids a change will read and write
// @param $relationships: readonly RelationRef[] -- relationships it will read and write
// @param $token: string -- unique to this attempt, set and removed at once so nothing is stored
// @doc Takes the write locks of a change's entities and relationships before it reads them, so two people changing the same element at once are put in line: the second reads what the first committed and is refused for its stale version instead of overwriting it. Reading first and locking on write would let both read the same version.
CALL () {
  UNWIND $entities AS id
  MATCH (e:Entity {id: id})
  SET e.lockedBy = $token
  REMOVE e.lockedBy
}
CALL () {
  UNWIND $relationships AS rel
  MATCH (a:Entity {id: rel.source})-[r]->(b:Entity {id: rel.target})
    USING INDEX a:Entity(id)
    WHERE type(r) = rel.type AND r.id = rel.id
  SET r.lockedBy = $token
  REMOVE r.lockedBy
}
