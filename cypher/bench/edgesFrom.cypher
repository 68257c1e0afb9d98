// @name edgesFrom
// @returns many
// @param $ids: readonly string[]
// @row id: string
// @row source: string
// @row target: string
// @doc The relationships leaving these entities, with their ends, for cutting an export subgraph.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
RETURN r.id AS id, a.id AS source, b.id AS target
