// @name searchNames
// @returns many
// @param $q: string
// @row name: string
// @row score: number
// @doc Entities whose name or alias matches a full-text query, best first: checks that ingest fills the entity_names index.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.name AS name, score
ORDER BY score DESC
LIMIT 5
