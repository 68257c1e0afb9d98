// @name relationship
// @returns one
// @param $id: string
// @param $source: string -- the source entity id, parsed from $id so the lookup starts at an indexed node
// @param $target: string
// @param $type: string
// @row relationship: EdgeRow & { sourceName: string; targetName: string }
// @row curation: RelationshipCurationRow
// @row evidence: string[]
// @row documents: { id: string; title: string | null; publisher: string | null; date: unknown; url: string | null; source: string | null; fileName: string | null }[]
// @doc One relationship with its ends' names, its evidence as stored (JSON strings), the documents the evidence and hand-added quotes cite (with what a citation needs: title, publisher, date, URL, file), and what people did to it (verdict, disputed items, support added by hand, corrections, version).
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type AND r.id = $id
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, []) + coalesce(r.analystDocs, [])
WITH a, r, b, collect(d { .id, .title, .publisher, .date, .url, .source, .fileName }) AS documents
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status, review: r.review,
         sourceName: a.name, targetName: b.name } AS relationship,
       r { .reviewedBy, .reviewedAt, .reviewNote, .disputed, .analystEvidence, .correctedTo, .correctedFrom, .correctedStatus, .correctedYears, version: coalesce(r.version, 0) } AS curation,
       coalesce(r.evidence, []) AS evidence, documents
