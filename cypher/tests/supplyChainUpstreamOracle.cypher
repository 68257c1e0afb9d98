// @name supplyChainUpstreamOracle
// @returns many
// @param $id: string
// @param $supplies: string -- the supply relationship type
// @param $chainForward: readonly string[] -- types whose start is upstream of their end (a SUPPLIES b, a MANUFACTURES_FOR b)
// @param $chainBackward: readonly string[] -- types whose end is upstream of their start (child SUBSIDIARY_OF parent)
// @param $chainEither: readonly string[] -- types read both ways (PARTNERS_WITH)
// @param $customerForward: readonly string[] -- types from a customer-side entity towards the root (Sergek LOCATED_IN Kazakhstan)
// @param $customerBackward: readonly string[] -- types from the root towards a customer-side entity (Kazakhstan OPERATES Sergek)
// @param $supplierTypes: readonly string[] -- entity types that can supply (the ontology's SUPPLIES sources)
// @param $chainTypes: readonly string[] -- entity types that can stand in a vendor chain: a State may supply, but is never a link between vendors
// @param $excluded: readonly string[] -- statuses a link may not have
// @param $maxHops: number
// @param $maxPaths: number
// @row entity: string
// @row hops: number
// @row nodes: string[]
// @row rels: EdgeRow[]
// @doc The exhaustive search the layered walk replaced, kept as its test oracle. Who supplies the root, directly or through its programs and places, and who stands behind those suppliers through supply, ownership, partnership and manufacturing chains; one row per justifying path.
MATCH (x:Entity {id: $id})
MATCH p = (s:Entity)
  ((a)-[l]-(b) WHERE a.type IN $chainTypes AND b.type IN $chainTypes
                  AND ((type(l) IN $chainForward AND startNode(l) = a)
                    OR (type(l) IN $chainBackward AND startNode(l) = b)
                    OR type(l) IN $chainEither) AND NOT coalesce(l.status, '') IN $excluded){0,3}
  (v:Entity)-[sup]->(c:Entity)
  ((c1)-[m]-(c2) WHERE ((type(m) IN $customerForward AND startNode(m) = c1)
                    OR (type(m) IN $customerBackward AND startNode(m) = c2)) AND NOT coalesce(m.status, '') IN $excluded){0,2}
  (x)
WHERE type(sup) = $supplies AND NOT coalesce(sup.status, '') IN $excluded AND v.type IN $supplierTypes AND s <> x AND length(p) <= $maxHops
  AND NOT x IN nodes(p)[0..-1]
WITH s, p ORDER BY length(p)
WITH s, collect(p)[0..toInteger($maxPaths)] AS paths
UNWIND paths AS path
RETURN s.id AS entity, length(path) AS hops,
       [n IN nodes(path) | n.id] AS nodes,
       [rel IN relationships(path) | rel { .id, .confidence, .evidenceCount, .years, .status, source: startNode(rel).id, target: endNode(rel).id, type: type(rel) }] AS rels
