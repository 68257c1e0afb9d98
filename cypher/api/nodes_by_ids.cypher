// @name nodesByIds
// @returns many
// @param $ids list
// @doc The entities with these ids, for graph answers.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS node
