// @name edgesAmongOracle
// @returns many
// @param $ids: readonly string[]
// @param $relTypes: readonly string[]
// @row id: string
// @doc The plain reading edgesAmong must agree with: every relationship of these types whose two ends are in the set, found by reading every relationship of the set.
MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relTypes RETURN r.id AS id
