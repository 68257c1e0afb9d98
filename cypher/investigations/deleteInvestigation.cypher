// @name deleteInvestigation
// @returns one
// @param $id: string
// @row deleted: number
// @doc Deletes a saved investigation; the graph it shows is untouched.
OPTIONAL MATCH (i:Investigation {id: $id})
DELETE i
RETURN count(i) AS deleted
