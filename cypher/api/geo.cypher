// @name geo
// @returns many
// @param $ids: readonly string[]
// @row entity: { id: string; name: string; type: string; country: string | null; coordinates: number[] | null }
// @doc Where a set of entities are, from reference data: each one's country and, for a city, its coordinates (never from text).
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e { .id, .name, .type, .country, .coordinates } AS entity
ORDER BY entity.id
