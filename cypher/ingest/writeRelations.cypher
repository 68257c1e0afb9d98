// @name ingest.writeRelations
// @returns none
// @param $rows {id: string, type: string, source: string, target: string, evidence: string[], evidenceDocs: string[], confidence: number, evidenceCount: number, years: number[], status: string | null}[]
// @doc Creates or rewrites relationships with their full evidence lists; the type is set dynamically after validation against the ontology.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type)]->(b)
SET r.id = row.id,
    r.evidence = row.evidence,
    r.evidenceDocs = row.evidenceDocs,
    r.confidence = row.confidence,
    r.evidenceCount = row.evidenceCount,
    r.years = row.years,
    r.status = row.status
