// @name exportEdges
// @returns many
// @param $sources list          one page of the export's entity ids, whose outgoing relationships are read
// @param $members list          the export's entity ids, the ends kept
// @param $withEvidence boolean  false for a first pass that needs only totals and the cited document ids
// @doc One page of the relationships among an export's entities: those leaving the page's entities for any entity of the export. Each relationship is read once, from its start, and kept when its end's id is in the set; no label is checked, since only entities have outgoing relationships to entities. (Element ids would spare reading the end's id, but are three times longer, and the list is sent with every page: the driver writes a message in 1,400-byte chunks, one socket write each.) One column, a list in the order of EdgeTuple in server/export/source.ts: the driver spends several allocations on every column of a record and decodes every key of a map, which took 15% more of its time.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE b.id IN $members
RETURN [r.id, a.id, b.id, type(r), r.confidence, r.evidenceCount, coalesce(r.years, []), r.status,
        CASE WHEN $withEvidence THEN r.evidence END, r.evidenceDocs] AS edge
