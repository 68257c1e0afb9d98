// @name probeRead
// @returns many
// @param $id: string
// @row name: string
// @doc The names stored under an entity id: one row when the store kept exactly one entity.
MATCH (e:Entity {id: $id}) RETURN e.name AS name
