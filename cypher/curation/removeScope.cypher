// @name removeScope
// @returns none
// @param $entities: readonly string[] -- entities and tombstones to remove with every relationship touching them
// @param $relationships: readonly RelationRef[] -- relationships to remove by id
// @doc Removes what a snapshot of this scope holds, so that restoreNodes and restoreRelationships can put another snapshot of the same scope in its place: undo, after the graph was checked to hold exactly what the change left.
CALL () {
  UNWIND $relationships AS rel
  MATCH (a:Entity {id: rel.source})-[r]->(b:Entity {id: rel.target})
    USING INDEX a:Entity(id)
    WHERE type(r) = rel.type AND r.id = rel.id
  DELETE r
}
CALL () {
  UNWIND $entities AS id
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (m:MergedEntity {id: id})
  DETACH DELETE e, m
}
