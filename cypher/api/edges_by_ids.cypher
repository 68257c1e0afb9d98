// @name edgesByIds
// @returns many
// @param $ids list
// @doc Relationships by id, as graph edges.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IN $ids
RETURN { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence,
         evidenceCount: r.evidenceCount, years: coalesce(r.years, []), status: r.status } AS edge
