// @name nodesByIds
// @returns many
// @param $ids list
// @param $flagTypes list   SANCTIONS and RESTRICTS, passed in so types live in the ontology only
// @doc The entities with these ids, each with who sanctions or restricts it and the evidence that says under what.
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (by:Entity)-[r]->(e)
WHERE type(r) IN $flagTypes
WITH e, collect(CASE WHEN r IS NOT NULL THEN { type: type(r), relationshipId: r.id, id: by.id, name: by.name, byType: by.type, evidence: r.evidence } END) AS flags
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS node, flags
