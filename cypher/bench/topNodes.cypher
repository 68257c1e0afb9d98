// @name topNodes
// @returns many
// @param $count: number -- sent as a JS number (a float to Bolt), hence toInteger
// @row id: string
// @doc The ids of the entities with the most relationships: the densest region of the graph, where an export of many edges among a capped number of nodes can be cut.
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
ORDER BY degree DESC, e.id
LIMIT toInteger($count)
RETURN e.id AS id
