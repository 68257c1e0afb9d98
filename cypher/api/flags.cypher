// @name flags
// @returns many
// @param $ids list
// @param $flagTypes list   SANCTIONS and RESTRICTS, passed in so types live in the ontology only
// @doc Who sanctions or restricts each of these entities, with the evidence that says under what.
MATCH (by:Entity)-[r]->(e:Entity)
WHERE e.id IN $ids AND type(r) IN $flagTypes
RETURN e.id AS target, type(r) AS type, r.id AS relationshipId, by.id AS id, by.name AS name, by.type AS byType, r.evidence AS evidence
