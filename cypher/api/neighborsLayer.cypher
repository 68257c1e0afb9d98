// @name neighborsLayer
// @returns one
// @param $frontier: readonly string[] -- ids whose neighbours are wanted
// @param $seen: readonly string[] -- ids already in the answer, not counted again
// @param $relTypes: readonly RelationType[] -- relationship types to follow, checked against the ontology
// @param $types: readonly EntityType[] | null -- neighbour entity types to keep
// @param $minConfidence: number
// @param $since: number | null -- keep relationships with a stated year at or after it
// @param $until: number | null -- keep relationships with a stated year at or before it
// @param $rejected: boolean -- follow relationships a person rejected too (hidden by default)
// @param $cap: number -- most new neighbours to return
// @row total: number
// @row kept: string[]
// @doc One breadth-first layer around the frontier: the best-supported new neighbours up to the cap, and how many there were in all.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier
  AND NOT b.id IN $seen
  AND type(r) IN $relTypes
  AND ($types IS NULL OR b.type IN $types)
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND ($rejected OR coalesce(r.review, '') <> 'rejected')
  AND ($since IS NULL AND $until IS NULL
       OR any(y IN coalesce(r.years, []) WHERE ($since IS NULL OR y >= $since) AND ($until IS NULL OR y <= $until)))
WITH b, max(coalesce(r.confidence, 0)) AS best, sum(coalesce(r.evidenceCount, 1)) AS support
ORDER BY best DESC, support DESC, b.id
WITH collect(b.id) AS found
RETURN size(found) AS total, found[0..toInteger($cap)] AS kept
