// @name writeRelations
// @returns none
// @param $created: readonly RelationCreate[]
// @param $updated: readonly RelationUpdate[]
// @doc Writes relationships with their full evidence lists: creates those the transaction found absent (relationsByKey, run after mergeEntities write-locked both ends, so no other writer can add them meanwhile) and rewrites the properties of those it found, walking each source once and knowing its relationships by the element ids read earlier in the same transaction. Not a MERGE: a relationship MERGE between bound nodes is planned as a scan of every relationship when the plan is made on an empty store, and the plan stays cached (BENCHMARKS.md, cause 2). The type is set dynamically after validation against the ontology. What a person set by hand (cypher/ontology.ts, RELATIONSHIP_CURATION) is never written here and outranks the evidence: hand-added support counts and keeps the confidence it stands at, a corrected status or year stays.
CALL () {
  UNWIND $created AS row
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.properties
}
CALL () {
  UNWIND $updated AS s
  MATCH (a:Entity {id: s.source})-[r]->()
    USING INDEX a:Entity(id)
    WHERE s.properties[elementId(r)] IS NOT NULL
  SET r += s.properties[elementId(r)]
  SET r.confidence = CASE WHEN r.analystConfidence > r.confidence THEN r.analystConfidence ELSE r.confidence END,
      r.evidenceCount = r.evidenceCount + size(coalesce(r.analystEvidence, [])),
      r.status = coalesce(r.correctedStatus, r.status),
      r.years = coalesce(r.correctedYears, r.years)
}
