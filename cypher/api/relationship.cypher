// @name relationship
// @returns one
// @param $id: string
// @param $source: string -- the source entity id, parsed from $id so the lookup starts at an indexed node
// @param $target: string
// @param $type: string
// @row relationship: EdgeRow & { sourceName: string; targetName: string }
// @row evidence: string[]
// @row documents: { id: string; title: string | null; publisher: string | null; date: unknown; url: string | null; source: string | null; fileName: string | null }[]
// @doc One relationship with its ends' names, its evidence as stored (JSON strings) and the documents the evidence cites.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type AND r.id = $id
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, [])
WITH a, r, b, collect(d { .id, .title, .publisher, .date, .url, .source, .fileName }) AS documents
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status,
         sourceName: a.name, targetName: b.name } AS relationship,
       coalesce(r.evidence, []) AS evidence, documents
