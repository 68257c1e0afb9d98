// @name supplyChainCustomerStep
// @returns one
// @param $frontier: readonly string[] -- ids on the customer side, reached at the previous layer
// @param $seen: readonly string[] -- ids already reached on the customer side (and the root), not taken again
// @param $upstream: boolean -- true: walk from the root out to its programs and places (Sergek LOCATED_IN Kazakhstan, Kazakhstan OPERATES Sergek); false: from a customer in to the program, place or state it belongs to
// @param $excluded: readonly string[] -- statuses a link may not have (cancelled, ended; planned unless asked for)
// @param $cap: number -- most new entities to keep
// @row total: number
// @row kept: ChainStepRow[]
// @doc One breadth-first layer on the customer side of a supply chain. The types are written out, not passed, so Neo4j expands only those relationships of a hub; tests/api/supply-chain.test.ts holds them equal to SUPPLY_LINKS in server/graph/supply-chain.ts.
UNWIND $frontier AS id
MATCH (b:Entity {id: id})
CALL (b) {
  WITH b WHERE $upstream
  MATCH (b)<-[r:LOCATED_IN]-(a:Entity) RETURN a, r
  UNION
  WITH b WHERE $upstream
  MATCH (b)-[r:OPERATES|USES]->(a:Entity) RETURN a, r
  UNION
  WITH b WHERE NOT $upstream
  MATCH (b)-[r:LOCATED_IN]->(a:Entity) RETURN a, r
  UNION
  WITH b WHERE NOT $upstream
  MATCH (b)<-[r:OPERATES|USES]-(a:Entity) RETURN a, r
}
WITH b, a, r WHERE NOT a.id IN $seen AND NOT coalesce(r.status, '') IN $excluded
WITH a, b, r ORDER BY coalesce(r.confidence, 0) DESC, coalesce(r.evidenceCount, 1) DESC, b.id
WITH a, collect({ from: b.id, rel: r { .id, .confidence, .evidenceCount, .years, .status, source: startNode(r).id, target: endNode(r).id, type: type(r) } })[0] AS via
ORDER BY coalesce(via.rel.confidence, 0) DESC, coalesce(via.rel.evidenceCount, 1) DESC, a.id
WITH collect({ id: a.id, via: via }) AS found
RETURN size(found) AS total, found[0..toInteger($cap)] AS kept
