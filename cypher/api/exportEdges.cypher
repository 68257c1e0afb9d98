// @name exportEdges
// @returns many
// @param $sources: readonly string[] -- one page of the export's entity ids, whose outgoing relationships are read
// @param $members: readonly string[] | null -- the export's entity ids: keep every relationship that ends at one of them
// @param $relIds: readonly string[] | null -- or keep only these relationship ids (each names its ends; cypher/ontology.ts)
// @row edge: EdgeTuple
// @doc One page of an export's relationships, read from their start entities: those that end at an entity of the export (but those a person rejected), or those named by id, rejected or not since they were chosen (whose starts the page's are, parsed from the ids). Each relationship is read once, from its start; no label is checked, since only entities have outgoing relationships to entities. One column, a list in the order of EdgeTuple in server/export/source.ts: the driver spends several allocations on every column of a record and decodes every key of a map, which took 15% more of its time.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE CASE WHEN $relIds IS NULL THEN b.id IN $members AND coalesce(r.review, '') <> 'rejected' ELSE r.id IN $relIds END
RETURN [r.id, a.id, b.id, type(r), r.confidence, r.evidenceCount, coalesce(r.years, []), r.status,
        r.evidence, r.evidenceDocs, r.review] AS edge
