// @name statsEntities
// @returns many
// @doc How many entities the graph holds per type.
MATCH (e:Entity)
RETURN e.type AS type, count(*) AS count
