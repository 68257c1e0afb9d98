// @name benchEdgesFrom
// @returns many
// @param $ids list
// @doc The relationships leaving these entities, with their ends, for cutting an export subgraph.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
RETURN r.id AS id, a.id AS source, b.id AS target
