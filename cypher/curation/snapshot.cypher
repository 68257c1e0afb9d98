// @name snapshot
// @returns one
// @param $entities: readonly string[] -- entities (or merged-away tombstones) taken whole, with every relationship that touches them
// @param $relationships: readonly RelationRef[] -- relationships taken by id
// @row nodes: SnapshotNode[]
// @row relationships: SnapshotRelationship[]
// @row documents: SnapshotDocument[]
// @doc Everything a change may touch, as stored: the nodes with their labels and properties, the relationships with their ends and properties, and the mention spans of the documents that mention the entities taken whole. A change keeps the snapshot before and after it; undo puts the before back, once the graph still holds the after.
CALL () {
  UNWIND $entities AS id
  OPTIONAL MATCH (e:Entity {id: id})
  OPTIONAL MATCH (m:MergedEntity {id: id})
  WITH coalesce(e, m) AS n
  WHERE n IS NOT NULL
  RETURN collect(DISTINCT n) AS whole
}
CALL (whole) {
  UNWIND whole AS n
  OPTIONAL MATCH (n)-[r]-()
  RETURN collect(DISTINCT r) AS touching
}
CALL () {
  UNWIND $relationships AS rel
  MATCH (a:Entity {id: rel.source})-[r]->(b:Entity {id: rel.target})
    USING INDEX a:Entity(id)
    WHERE type(r) = rel.type AND r.id = rel.id
  RETURN collect(r) AS named
}
CALL (whole) {
  UNWIND whole AS n
  MATCH (d:Document)-[:MENTIONS]->(n)
  WITH DISTINCT d
  RETURN collect({ id: d.id, mentionSpans: d.mentionSpans }) AS documents
}
WITH whole, documents, touching + [r IN named WHERE NOT r IN touching] AS rels
RETURN [n IN whole | { labels: labels(n), properties: properties(n) }] AS nodes,
       [r IN rels | { type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r),
                      fromKind: CASE WHEN startNode(r):Document THEN 'Document' WHEN startNode(r):ListEntry THEN 'ListEntry' ELSE 'Entity' END }] AS relationships,
       documents
