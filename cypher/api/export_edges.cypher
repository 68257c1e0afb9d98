// @name exportEdges
// @returns many
// @param $sources list          one page of the export's entity ids, whose outgoing relationships are read
// @param $members list          the export's entity ids, the ends kept
// @param $withEvidence boolean  false for a first pass that needs only totals and the cited document ids
// @doc One page of the relationships among an export's entities: those leaving the page's entities for any entity of the export. Each relationship is read once, from its start, and kept when its end's id is in the set; no label is checked, since only entities have outgoing relationships to entities. (Element ids would spare reading the end's id, but are three times longer, and the list is sent with every page: the driver writes a message in 1,400-byte chunks, one socket write each.) One column, a map: the driver spends several allocations on every column of every record.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE b.id IN $members
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status,
         evidence: CASE WHEN $withEvidence THEN r.evidence END,
         citedDocuments: r.evidenceDocs } AS edge
