// @name edgesAmong
// @returns many
// @param $ids list
// @param $relTypes list
// @param $minConfidence float
// @param $since int|null
// @param $until int|null
// @doc The relationships between entities of a set that pass the filters, as graph edges.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND type(r) IN $relTypes
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND ($since IS NULL AND $until IS NULL
       OR any(y IN coalesce(r.years, []) WHERE ($since IS NULL OR y >= $since) AND ($until IS NULL OR y <= $until)))
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status } AS edge
