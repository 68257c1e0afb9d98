// @name entityIds
// @returns many
// @row id: string
// @doc Every entity id in id order: the seed set a test walks.
MATCH (e:Entity) RETURN e.id AS id ORDER BY id
