// @name countDocuments
// @returns one
// @row documents: number
// @doc How many documents the graph holds; seeding happens only when there are none.
MATCH (d:Document)
RETURN count(d) AS documents
