// @name searchContains
// @returns many
// @param $term: string -- lower-cased
// @param $types: readonly EntityType[] | null
// @param $limit: number
// @row entity: EntityRow
// @row score: number
// @doc Entities whose name or an alias contains a short term; for one- and two-letter input, where Lucene fuzziness is noise.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND (toLower(e.name) CONTAINS $term OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $term))
WITH e, CASE WHEN toLower(e.name) STARTS WITH $term THEN 2.0 WHEN toLower(e.name) CONTAINS $term THEN 1.0 ELSE 0.5 END AS score
RETURN e { .id, .name, .type, .country, .aliases } AS entity, score
ORDER BY score DESC, size(e.name), e.name
LIMIT toInteger($limit)
