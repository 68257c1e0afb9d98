// @name listMatchCandidates
// @returns many
// @param $types: readonly EntityType[] -- the types a list may name
// @row entity: EntityRow
// @doc Every entity a list entry could name, with the names and country the cross-reference compares.
MATCH (e:Entity)
WHERE e.type IN $types
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS entity
