// @name graphDump
// @returns one
// @row nodes: [string, string[], Record<string, unknown>][]
// @row relationships: [string, string, string, string, Record<string, unknown>][]
// @doc Every node and relationship in the database with its element id, labels or type, ends and properties, in element-id order: two reads compare equal only when nothing was written, deleted or recreated in between.
CALL () {
  MATCH (n)
  WITH n ORDER BY elementId(n)
  RETURN collect([elementId(n), labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, r, b ORDER BY elementId(r)
  RETURN collect([elementId(r), type(r), elementId(a), elementId(b), properties(r)]) AS relationships
}
RETURN nodes, relationships
