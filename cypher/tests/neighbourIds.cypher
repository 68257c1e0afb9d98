// @name neighbourIds
// @returns many
// @param $id: string
// @row id: string
// @doc The ids of every entity linked to this one, either way.
MATCH (:Entity {id: $id})--(n:Entity) RETURN DISTINCT n.id AS id
