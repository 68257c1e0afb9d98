// @name benchSubgraph
// @returns many
// @param $edges int      sent as a JS number (a float to Bolt), hence toInteger
// @doc A subgraph of about $edges relationships between entities for the export benchmark: the relationships and their ends, in storage order.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target
LIMIT toInteger($edges)
