// @name exportEdgesById
// @returns many
// @param $sources list          the start entities of this page's relationships (parsed from their ids)
// @param $targets list          element ids of their end entities
// @param $relIds list           this page's relationship ids
// @param $withEvidence boolean  false for a first pass that needs only totals: the cited document ids instead of the evidence
// @doc One page of the relationships an export names by id. A relationship id names its ends (ingest/ontology.ts), so the page starts at its start entities and keeps the relationships that reach one of its end entities (checked by element id, reading nothing) and carry one of its ids. One column, a map: the driver spends several allocations on every column of every record.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $targets AND r.id IN $relIds
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status,
         evidence: CASE WHEN $withEvidence THEN r.evidence END,
         citedDocuments: CASE WHEN $withEvidence THEN null ELSE r.evidenceDocs END } AS edge
