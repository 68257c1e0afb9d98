// @name resetGraph
// @returns none
// @doc Removes every document and entity (and so every relationship) before a full re-ingest with --reset.
MATCH (n)
WHERE n:Document OR n:Entity
DETACH DELETE n
