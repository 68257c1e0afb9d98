// @name benchSubgraph
// @returns many
// @param $edges int
// @doc A subgraph of about $edges relationships between entities for the export benchmark: the relationships and their ends, in storage order.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target
LIMIT $edges
