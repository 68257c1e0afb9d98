// @name factEvidence
// @returns many
// @param $source: string
// @param $type: string
// @param $target: string
// @row id: string
// @row evidence: string[]
// @row evidenceDocs: string[]
// @row confidence: number
// @row evidenceCount: number
// @row years: number[]
// @row status: string | null
// @row sourceId: string
// @row targetId: string
// @doc One fact as stored, looked up by the names of its ends and its type: its properties and the documents its evidence comes from.
MATCH (a:Entity {name: $source})-[r]->(b:Entity {name: $target})
WHERE type(r) = $type
RETURN r.id AS id, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs, r.confidence AS confidence,
       r.evidenceCount AS evidenceCount, r.years AS years, r.status AS status, a.id AS sourceId, b.id AS targetId
