// @name supplyChainDownstreamOracle
// @returns many
// @param $id: string
// @param $supplies: string
// @param $chainForward: readonly string[]
// @param $chainBackward: readonly string[]
// @param $chainEither: readonly string[]
// @param $customerForward: readonly string[]
// @param $customerBackward: readonly string[]
// @param $supplierTypes: readonly string[] -- entity types that can supply (the ontology's SUPPLIES sources)
// @param $chainTypes: readonly string[] -- entity types that can stand in a vendor chain: a State may supply, but is never a link between vendors
// @param $excluded: readonly string[] -- statuses a link may not have
// @param $maxHops: number
// @param $maxPaths: number
// @row entity: string
// @row hops: number
// @row nodes: string[]
// @row rels: EdgeRow[]
// @doc The exhaustive search the layered walk replaced, kept as its test oracle. Whom the root supplies, directly or through its subsidiaries, partners and contract manufacturers, and the programs, places and states those customers belong to; one row per justifying path.
MATCH (x:Entity {id: $id})
MATCH p = (x)
  ((a)-[l]-(b) WHERE a.type IN $chainTypes AND b.type IN $chainTypes
                  AND ((type(l) IN $chainForward AND startNode(l) = a)
                    OR (type(l) IN $chainBackward AND startNode(l) = b)
                    OR type(l) IN $chainEither) AND NOT coalesce(l.status, '') IN $excluded){0,3}
  (v:Entity)-[sup]->(c:Entity)
  ((c1)-[m]-(c2) WHERE ((type(m) IN $customerForward AND startNode(m) = c1)
                    OR (type(m) IN $customerBackward AND startNode(m) = c2)) AND NOT coalesce(m.status, '') IN $excluded){0,2}
  (t:Entity)
WHERE type(sup) = $supplies AND NOT coalesce(sup.status, '') IN $excluded AND v.type IN $supplierTypes AND t <> x AND length(p) <= $maxHops
  AND NOT x IN nodes(p)[1..]
WITH t, p ORDER BY length(p)
WITH t, collect(p)[0..toInteger($maxPaths)] AS paths
UNWIND paths AS path
RETURN t.id AS entity, length(path) AS hops,
       [n IN nodes(path) | n.id] AS nodes,
       [rel IN relationships(path) | rel { .id, .confidence, .evidenceCount, .years, .status, source: startNode(rel).id, target: endNode(rel).id, type: type(rel) }] AS rels
