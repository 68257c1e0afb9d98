// @name paths
// @returns many
// @param $from: string
// @param $to: string
// @param $relTypes: readonly RelationType[] -- relationship types a path may use, checked against the ontology
// @param $maxHops: number -- at most 6; the pattern's own bound keeps the search finite whatever is passed
// @param $rejected: boolean -- let a path use relationships a person rejected (not by default)
// @param $direction: 'any' | 'forward' | 'backward' -- forward: every relationship runs from $from towards $to; backward: every one runs towards $from; any: either way
// @param $minConfidence: number -- relationships below this confidence are not used (0..1)
// @param $excluded: readonly LinkStatus[] -- statuses a relationship on the path may not have (planned, cancelled...)
// @param $count: number -- how many paths to keep, shortest first
// @row nodes: string[]
// @row length: number
// @row rels: EdgeRow[]
// @doc The shortest paths between two entities, along relationships of the given types, direction, confidence and status, then the next shortest as alternatives; each with its relationships as graph edges, so no lookup by relationship id follows.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)((x)-[r]-(y) WHERE type(r) IN $relTypes AND ($rejected OR coalesce(r.review, '') <> 'rejected')
    AND coalesce(r.confidence, 0) >= $minConfidence AND NOT coalesce(r.status, '') IN $excluded
    AND ($direction = 'any' OR (startNode(r) = x) = ($direction = 'forward'))){1,6}(b)
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p)
LIMIT toInteger($count)
RETURN [n IN nodes(p) | n.id] AS nodes, length(p) AS length,
       [rel IN relationships(p) | rel { .id, .confidence, .evidenceCount, .years, .status, .review, source: startNode(rel).id, target: endNode(rel).id, type: type(rel) }] AS rels
