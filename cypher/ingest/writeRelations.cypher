// @name ingest.writeRelations
// @returns none
// @param $created {type: string, source: string, target: string, properties: {id: string, evidence: string[], evidenceDocs: string[], confidence: number, evidenceCount: number, years: number[], status: string | null}}[]
// @param $updated {source: string, ref: string, properties: {id: string, evidence: string[], evidenceDocs: string[], confidence: number, evidenceCount: number, years: number[], status: string | null}}[]
// @doc Writes relationships with their full evidence lists: creates those the transaction found absent (ingest.relationsByKey, run after ingest.mergeEntities write-locked both ends, so no other writer can add them meanwhile) and rewrites the properties of those it found, each reached from its source and known by the element id read earlier in the same transaction. Not a MERGE: a relationship MERGE between bound nodes is planned as a scan of every relationship when the plan is made on an empty store, and the plan stays cached (BENCHMARKS.md, cause 2). The type is set dynamically after validation against the ontology.
CALL () {
  UNWIND $created AS row
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.properties
}
CALL () {
  UNWIND $updated AS row
  MATCH (a:Entity {id: row.source})-[r]->()
    USING INDEX a:Entity(id)
    WHERE elementId(r) = row.ref
  SET r += row.properties
}
