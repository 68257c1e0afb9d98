// @name searchFulltext
// @returns many
// @param $lucene: string -- a Lucene query the server built from escaped terms, never user text as is
// @param $types: readonly EntityType[] | null -- entity types to keep, already checked against the ontology
// @param $plain: string -- the whole input lower-cased, to put an exact name above names that merely contain it
// @param $limit: number
// @row entity: EntityRow
// @row score: number
// @doc Entities whose name or aliases match, best first, from the entity_names full-text index.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score + CASE WHEN toLower(node.name) = $plain THEN 100 WHEN toLower(node.name) STARTS WITH $plain THEN 10 ELSE 0 END AS score
RETURN node { .id, .name, .type, .country, .aliases } AS entity, score
ORDER BY score DESC, size(node.name), node.name
LIMIT toInteger($limit)
