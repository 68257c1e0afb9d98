// @name supplyChainSupplyStep
// @returns one
// @param $frontier: readonly string[] -- ids reached at the previous layer: customer-side when walking upstream, vendors when walking downstream
// @param $seen: readonly string[] -- ids already reached on the side being entered (and the root), not taken again
// @param $upstream: boolean -- true: from customers to the vendors that supply them; false: from vendors to their customers
// @param $supplierTypes: readonly EntityType[] -- entity types that can supply (the ontology's SUPPLIES sources)
// @param $excluded: readonly string[] -- statuses a link may not have (cancelled, ended; planned unless asked for)
// @param $minConfidence: number -- links below this confidence are not followed (0..1)
// @param $cap: number -- most new entities to keep
// @row total: number
// @row kept: ChainStepRow[]
// @doc A link a person rejected is never followed. One breadth-first layer across the SUPPLIES relationship itself, from one side of a supply chain to the other.
UNWIND $frontier AS id
MATCH (b:Entity {id: id})
CALL (b) {
  WITH b WHERE $upstream
  MATCH (b)<-[r:SUPPLIES]-(a:Entity) WHERE a.type IN $supplierTypes RETURN a, r
  UNION
  WITH b WHERE NOT $upstream AND b.type IN $supplierTypes
  MATCH (b)-[r:SUPPLIES]->(a:Entity) RETURN a, r
}
WITH b, a, r WHERE NOT a.id IN $seen AND NOT coalesce(r.status, '') IN $excluded AND coalesce(r.review, '') <> 'rejected'
  AND coalesce(r.confidence, 0) >= $minConfidence
WITH a, b, r ORDER BY coalesce(r.confidence, 0) DESC, coalesce(r.evidenceCount, 1) DESC, b.id
WITH a, collect({ from: b.id, rel: r { .id, .confidence, .evidenceCount, .years, .status, .review, source: startNode(r).id, target: endNode(r).id, type: type(r) } })[0] AS via
ORDER BY coalesce(via.rel.confidence, 0) DESC, coalesce(via.rel.evidenceCount, 1) DESC, a.id
WITH collect({ id: a.id, via: via }) AS found
RETURN size(found) AS total, found[0..toInteger($cap)] AS kept
