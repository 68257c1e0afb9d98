// @name supplyChainChainStep
// @returns one
// @param $frontier: readonly string[] -- ids on the vendor side of the chain, reached at the previous layer
// @param $seen: readonly string[] -- ids already reached on the vendor side (and the root), not taken again
// @param $upstream: boolean -- true: walk towards suppliers' suppliers; false: towards their customers
// @param $chainTypes: readonly EntityType[] -- entity types that can stand in a vendor chain (the SUPPLIES sources but State)
// @param $excluded: readonly string[] -- statuses a link may not have (cancelled, ended; planned unless asked for)
// @param $partners: boolean -- whether a partnership puts a partner in the chain (not by default: partnering is not supplying)
// @param $minConfidence: number -- links below this confidence are not followed (0..1)
// @param $relTypes: readonly RelationType[] -- the link types the analyst lets the chain follow (of those written out below)
// @param $cap: number -- most new entities to keep
// @row total: number
// @row kept: ChainStepRow[]
// @doc A link a person rejected is never followed. One breadth-first layer along a vendor chain: supply and contract manufacturing (start upstream of end), ownership (the parent upstream of its subsidiary), partnership (either way, when asked for); links of an excluded status are not followed. The types are written out, not passed, so Neo4j expands only those relationships of a hub; tests/api/supply-chain.test.ts holds them equal to SUPPLY_LINKS in server/graph/supply-chain.ts.
UNWIND $frontier AS id
MATCH (b:Entity {id: id})
CALL (b) {
  WITH b WHERE $upstream
  MATCH (b)<-[r:SUPPLIES|MANUFACTURES_FOR]-(a:Entity) RETURN a, r
  UNION
  WITH b WHERE $upstream
  MATCH (b)-[r:SUBSIDIARY_OF]->(a:Entity) RETURN a, r
  UNION
  WITH b WHERE NOT $upstream
  MATCH (b)-[r:SUPPLIES|MANUFACTURES_FOR]->(a:Entity) RETURN a, r
  UNION
  WITH b WHERE NOT $upstream
  MATCH (b)<-[r:SUBSIDIARY_OF]-(a:Entity) RETURN a, r
  UNION
  WITH b WHERE $partners
  MATCH (b)-[r:PARTNERS_WITH]-(a:Entity) RETURN a, r
}
WITH b, a, r WHERE b.type IN $chainTypes AND a.type IN $chainTypes AND NOT a.id IN $seen AND NOT coalesce(r.status, '') IN $excluded AND coalesce(r.review, '') <> 'rejected'
  AND type(r) IN $relTypes AND coalesce(r.confidence, 0) >= $minConfidence
WITH a, b, r ORDER BY coalesce(r.confidence, 0) DESC, coalesce(r.evidenceCount, 1) DESC, b.id
WITH a, collect({ from: b.id, rel: r { .id, .confidence, .evidenceCount, .years, .status, .review, source: startNode(r).id, target: endNode(r).id, type: type(r) } })[0] AS via
ORDER BY coalesce(via.rel.confidence, 0) DESC, coalesce(via.rel.evidenceCount, 1) DESC, a.id
WITH collect({ id: a.id, via: via }) AS found
RETURN size(found) AS total, found[0..toInteger($cap)] AS kept
