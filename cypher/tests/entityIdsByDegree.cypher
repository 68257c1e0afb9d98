// @name entityIdsByDegree
// @returns many
// @row id: string
// @doc Every entity id, the most connected first: hubs are where a query's shortcuts matter.
MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, id
