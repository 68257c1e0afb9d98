// @name exportEdgesById
// @returns many
// @param $sources list          the start entities of this page's relationships (parsed from their ids)
// @param $relIds list           this page's relationship ids
// @param $withEvidence boolean  false for a first pass that needs only totals and the cited document ids
// @doc One page of the relationships an export names by id. A relationship id names its ends (ingest/ontology.ts), so the page starts at its start entities and keeps the relationships that carry one of its ids (the ids were checked to name ends in the export before). The ids are the only list sent: the driver writes a message in 1,400-byte chunks, one socket write each, so every parameter byte costs. One column, a list in the order of EdgeTuple in server/export/source.ts: the driver spends several allocations on every column of a record and decodes every key of a map, which took 15% more of its time.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE r.id IN $relIds
RETURN [r.id, a.id, b.id, type(r), r.confidence, r.evidenceCount, coalesce(r.years, []), r.status,
        CASE WHEN $withEvidence THEN r.evidence END, r.evidenceDocs] AS edge
