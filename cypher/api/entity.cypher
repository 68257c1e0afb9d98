// @name entity
// @returns one
// @param $id: string
// @row entity: EntityRow
// @row rels: { type: string; direction: 'out' | 'in' }[]
// @row version: number -- bumped by every change a person makes (cypher/ontology.ts, ENTITY_CURATION)
// @row documents: { id: string; title: string | null; source: string | null; mentions: number }[]
// @doc Relationships a person rejected are not counted, as graph answers leave them out. One entity with its relationship counts by type and direction and the documents that mention it.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE coalesce(r.review, '') <> 'rejected'
  RETURN collect({ type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END }) AS rels
}
CALL (e) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
  WITH d, m ORDER BY m.count DESC, d.title
  RETURN collect(d { .id, .title, .source, mentions: coalesce(m.count, 1) }) AS documents
}
RETURN e { .id, .name, .type, .country, .aliases, .origin } AS entity, rels, coalesce(e.version, 0) AS version, documents
