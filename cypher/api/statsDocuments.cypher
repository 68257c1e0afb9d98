// @name statsDocuments
// @returns one
// @row documents: number
// @row lastIngest: unknown
// @doc How many documents were ingested, and when the latest one was.
MATCH (d:Document)
RETURN count(d) AS documents, max(d.ingestedAt) AS lastIngest
