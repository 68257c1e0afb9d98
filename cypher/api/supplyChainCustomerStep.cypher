// @name supplyChainCustomerStep
// @returns one
// @param $frontier: readonly string[] -- ids on the customer side, reached at the previous layer
// @param $seen: readonly string[] -- ids already reached on the customer side (and the root), not taken again
// @param $upstream: boolean -- true: walk from the root out to its programs and places (Sergek LOCATED_IN Kazakhstan, Kazakhstan OPERATES Sergek); false: from a customer in to the program, place or state it belongs to
// @param $excluded: readonly string[] -- statuses a link may not have (cancelled, ended; planned unless asked for)
// @param $countries: boolean -- whether a state gathers the places and bodies of its country, by reference data
// @param $states: readonly EntityType[] -- the type of a sovereign country
// @param $members: readonly EntityType[] -- the types that belong to a country's chain (places, government bodies)
// @param $countryLink: string -- the type the reference link is drawn with
// @param $minConfidence: number -- links below this confidence are not followed (0..1)
// @param $relTypes: readonly RelationType[] -- the link types the analyst lets the chain follow (of those written out below)
// @param $cap: number -- most new entities to keep
// @row total: number
// @row kept: ChainStepRow[]
// @doc A link a person rejected is never followed. One breadth-first layer on the customer side of a supply chain: along LOCATED_IN, OPERATES and USES, and, for a state, to the places and bodies whose country it is (a link of reference data, built here, never stored; a stated LOCATED_IN is preferred to it). The types are written out, not passed, so Neo4j expands only those relationships of a hub; tests/api/supply-chain.test.ts holds them equal to SUPPLY_LINKS in server/graph/supply-chain.ts.
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
  UNION
  WITH b WHERE $upstream AND $countries AND b.type IN $states
  MATCH (a:Entity) WHERE a.country = b.name AND a.type IN $members
  RETURN a, null AS r
  UNION
  WITH b WHERE NOT $upstream AND $countries AND b.type IN $members AND b.country IS NOT NULL
  MATCH (a:Entity) WHERE a.type IN $states AND a.name = b.country
  RETURN a, null AS r
}
WITH b, a, r WHERE NOT a.id IN $seen AND NOT coalesce(r.status, '') IN $excluded AND coalesce(r.review, '') <> 'rejected'
  AND (r IS NULL OR (type(r) IN $relTypes AND coalesce(r.confidence, 0) >= $minConfidence))
WITH a, b, r ORDER BY coalesce(r.confidence, 0) DESC, coalesce(r.evidenceCount, 1) DESC, b.id
WITH a, collect({ from: b.id, rel: CASE WHEN r IS NULL THEN {
    id: (CASE WHEN $upstream THEN a.id ELSE b.id END) + '~' + $countryLink + '~' + (CASE WHEN $upstream THEN b.id ELSE a.id END),
    source: CASE WHEN $upstream THEN a.id ELSE b.id END, target: CASE WHEN $upstream THEN b.id ELSE a.id END,
    type: $countryLink, confidence: 1.0, evidenceCount: 0, years: [], status: null, review: null }
  ELSE r { .id, .confidence, .evidenceCount, .years, .status, .review, source: startNode(r).id, target: endNode(r).id, type: type(r) } END })[0] AS via
ORDER BY coalesce(via.rel.confidence, 0) DESC, coalesce(via.rel.evidenceCount, 1) DESC, a.id
WITH collect({ id: a.id, via: via }) AS found
RETURN size(found) AS total, found[0..toInteger($cap)] AS kept
