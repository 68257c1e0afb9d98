// @name document
// @returns one
// @param $id string
// @doc One document with its text, the ids of the entities it mentions and the relationships whose evidence cites it.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  RETURN collect(e.id) AS mentioned
}
CALL (d) {
  OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
  WHERE d.id IN coalesce(r.evidenceDocs, [])
  RETURN collect({ id: r.id, type: type(r), sourceName: a.name, targetName: b.name,
                   evidence: r.evidence, evidenceDocs: r.evidenceDocs }) AS relationships
}
RETURN d { .id, .title, .source, .publisher, .author, .date, .length, .ingestedAt, .text } AS document,
       mentioned, relationships
