// @name graphSnapshot
// @returns one
// @row nodes: { labels: string[]; properties: Record<string, unknown> }[]
// @row relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[]
// @doc Everything ingest stores, every document and entity with its labels and properties and every relationship between them with its type, ends and properties: two ingests of the same files compare equal on it.
CALL () {
  MATCH (n)
  WHERE n:Document OR n:Entity
  RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE (a:Document OR a:Entity) AND b:Entity
  RETURN collect({type: type(r), from: a.id, to: b.id, properties: properties(r)}) AS relationships
}
RETURN nodes, relationships
