// @name restoreRelationships
// @returns none
// @param $relationships: readonly SnapshotRelationship[]
// @param $documents: readonly SnapshotDocument[]
// @doc Creates relationships exactly as a snapshot holds them, between the entities, documents and list entries they joined (the type set dynamically, read from the store, where only ontology types are written), and puts back the documents' mention spans.
CALL () {
  UNWIND $relationships AS rel
  CALL (rel) {
    MATCH (a:Entity {id: rel.from}) WHERE rel.fromKind = 'Entity' RETURN a
    UNION
    MATCH (a:Document {id: rel.from}) WHERE rel.fromKind = 'Document' RETURN a
    UNION
    MATCH (a:ListEntry {id: rel.from}) WHERE rel.fromKind = 'ListEntry' RETURN a
  }
  MATCH (b:Entity {id: rel.to})
  CREATE (a)-[r:$(rel.type)]->(b)
  SET r = rel.properties
}
CALL () {
  UNWIND $documents AS doc
  MATCH (d:Document {id: doc.id})
  SET d.mentionSpans = doc.mentionSpans
}
