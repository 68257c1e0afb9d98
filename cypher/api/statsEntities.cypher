// @name statsEntities
// @returns many
// @row type: string
// @row count: number
// @doc How many entities the graph holds per type.
MATCH (e:Entity)
RETURN e.type AS type, count(*) AS count
