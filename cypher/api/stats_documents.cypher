// @name statsDocuments
// @returns one
// @doc How many documents were ingested, and when the latest one was.
MATCH (d:Document)
RETURN count(d) AS documents, max(d.ingestedAt) AS lastIngest
