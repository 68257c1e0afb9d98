// @name paths
// @returns many
// @param $from: string
// @param $to: string
// @param $relTypes: readonly RelationType[] -- relationship types a path may use, checked against the ontology
// @param $maxHops: number -- at most 6; the pattern's own bound keeps the search finite whatever is passed
// @param $rejected: boolean -- let a path use relationships a person rejected (not by default)
// @param $count: number -- how many paths to keep, shortest first
// @row nodes: string[]
// @row length: number
// @row rels: EdgeRow[]
// @doc The shortest paths between two entities, in either direction along each relationship, then the next shortest as alternatives; each with its relationships as graph edges, so no lookup by relationship id follows.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)((x)-[r]-(y) WHERE type(r) IN $relTypes AND ($rejected OR coalesce(r.review, '') <> 'rejected')){1,6}(b)
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p)
LIMIT toInteger($count)
RETURN [n IN nodes(p) | n.id] AS nodes, length(p) AS length,
       [rel IN relationships(p) | rel { .id, .confidence, .evidenceCount, .years, .status, .review, source: startNode(rel).id, target: endNode(rel).id, type: type(rel) }] AS rels
