// @name edgesAmong
// @returns many
// @param $ids: readonly string[]
// @param $relTypes: readonly RelationType[]
// @param $minConfidence: number
// @param $since: number | null
// @param $until: number | null
// @param $rejected: boolean -- keep relationships a person rejected too (hidden by default)
// @row edge: EdgeRow
// @doc The relationships between entities of a set that pass the filters, as graph edges. Every relationship among the set has an end that is not the set's most connected entity, so that one is never read: a hub in a small neighbourhood costs nothing, instead of its whole degree.
MATCH (n:Entity) WHERE n.id IN $ids
WITH n ORDER BY COUNT { (n)--() } DESC
WITH collect(n) AS byDegree
UNWIND byDegree[1..] AS a
MATCH (a)-[r]-(b) WHERE b.id IN $ids
WITH DISTINCT r
WHERE type(r) IN $relTypes
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND ($rejected OR coalesce(r.review, '') <> 'rejected')
  AND ($since IS NULL AND $until IS NULL
       OR any(y IN coalesce(r.years, []) WHERE ($since IS NULL OR y >= $since) AND ($until IS NULL OR y <= $until)))
RETURN { id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status, review: r.review } AS edge
