// @name nodesByIds
// @returns many
// @param $ids list
// @doc The entities with these ids, each with who sanctions or restricts it and the evidence that says under what. The two types are written out so a hub's other relationships are not read; a test holds them equal to FLAG_TYPES in server/graph/subgraph.ts.
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (by:Entity)-[r:SANCTIONS|RESTRICTS]->(e)
WITH e, collect(CASE WHEN r IS NOT NULL THEN { type: type(r), relationshipId: r.id, id: by.id, name: by.name, byType: by.type, evidence: r.evidence } END) AS flags
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS node, flags
