// @name exportNodes
// @returns many
// @param $ids: readonly string[] -- one page of the export's entity ids
// @row node: EntityRow
// @row flags: FlagRow[]
// @row listings: ListingRow[]
// @doc One page of an export's entities, each with who sanctions or restricts it and the evidence that says under what, and the watchlists it is on now. The two flag types are written into the pattern, so that a hub's thousands of other relationships are not read; a test holds them equal to FLAG_TYPES in server/graph/subgraph.ts and to the ontology.
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (by:Entity)-[r:SANCTIONS|RESTRICTS]->(e)
WITH e, collect(CASE WHEN r IS NOT NULL THEN { type: type(r), relationshipId: r.id, id: by.id, name: by.name, byType: by.type, evidence: r.evidence } END) AS flags
CALL (e) {
  OPTIONAL MATCH (x:ListEntry)-[m:MATCHES]->(e)
  WHERE m.status IN ['linked', 'confirmed'] AND x.endedAt IS NULL
  OPTIONAL MATCH (x)-[:ON_LIST]->(l:List)
  RETURN collect(CASE WHEN x IS NOT NULL THEN { list: l.name, listId: l.id, entry: x.id, entryName: x.name, programs: x.programs, since: x.listedSince,
    url: x.sourceUrl, endedAt: x.endedAt, status: m.status, score: m.score } END) AS listings
}
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS node, flags, listings
