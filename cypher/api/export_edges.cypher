// @name exportEdges
// @returns many
// @param $ids list          entity ids in the export
// @param $relIds list|null  when set, only these relationships among them
// @doc The relationships among a set of entities with their stored evidence, for export.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($relIds IS NULL OR r.id IN $relIds)
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status } AS edge,
       r.evidence AS evidence
