// @name relationship
// @returns one
// @param $id string
// @doc One relationship with its ends' names, its evidence as stored (JSON strings) and the documents the evidence cites.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, [])
WITH a, r, b, collect(d { .id, .title, .publisher, .date }) AS documents
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status,
         sourceName: a.name, targetName: b.name } AS relationship,
       coalesce(r.evidence, []) AS evidence, documents
