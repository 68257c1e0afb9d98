// @name relationsWithEvidenceFrom
// @returns many
// @param $docIds: readonly string[]
// @row ref: string
// @row source: string
// @row type: string
// @row target: string
// @row evidence: string[]
// @row evidenceDocs: string[]
// @doc Relationships holding evidence from any of these documents, with all their evidence, so a replaced document can drop exactly its own items; `ref` finds each again later in the same transaction.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE any(doc IN coalesce(r.evidenceDocs, []) WHERE doc IN $docIds)
RETURN elementId(r) AS ref, a.id AS source, type(r) AS type, b.id AS target, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs
