// @name searchFulltext
// @returns many
// @param $lucene string   a Lucene query the server built from escaped terms, never user text as is
// @param $types list|null  entity types to keep, already checked against the ontology
// @param $limit int
// @doc Entities whose name or aliases match, best first, from the entity_names full-text index.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node { .id, .name, .type, .country, .aliases } AS entity, score
ORDER BY score DESC, size(node.name), node.name
LIMIT toInteger($limit)
