// @name exportEdges
// @returns many
// @param $sources list          one page of the export's entity ids, whose outgoing relationships are read
// @param $members list          element ids of the export's entities (exportNodeRefs), the ends kept
// @param $withEvidence boolean  false for a first pass that needs only totals: the cited document ids instead of the evidence
// @doc One page of the relationships among an export's entities: those leaving the page's entities for any entity of the export. Each relationship is read once, from its start; the far end is checked by element id against a parameter set, so no property or label of it is read until it is kept. One column, a map: the driver spends several allocations on every column of every record.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $members
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status,
         evidence: CASE WHEN $withEvidence THEN r.evidence END,
         citedDocuments: CASE WHEN $withEvidence THEN null ELSE r.evidenceDocs END } AS edge
