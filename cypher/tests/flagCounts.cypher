// @name flagCounts
// @returns many
// @row id: string
// @row n: number
// @row s: number
// @doc Every flagged entity with its count of flags (n) and of sanctions among them (s), the most flagged first.
MATCH (e:Entity)<-[r:SANCTIONS|RESTRICTS]-(:Entity)
RETURN e.id AS id, count(r) AS n, count(CASE WHEN type(r) = "SANCTIONS" THEN 1 END) AS s
ORDER BY n DESC, id
