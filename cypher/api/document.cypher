// @name document
// @returns one
// @param $id: string
// @row document: DocumentRow
// @row mentioned: { id: string; name: string; type: string }[]
// @row relationships: { id: string; type: string; sourceName: string; targetName: string; evidence: string[] | null; evidenceDocs: string[] | null }[]
// @doc One document with its text and mention spans, the entities it mentions and the relationships whose evidence cites it.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  RETURN collect(e { .id, .name, .type }) AS mentioned
}
// Every relationship a document supports has its ends among the entities the document mentions, so
// the walk starts there instead of scanning every relationship in the graph for the document's id.
CALL (d) {
  MATCH (d)-[:MENTIONS]->(:Entity)-[r]-(:Entity)
  WHERE d.id IN coalesce(r.evidenceDocs, [])
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({ id: r.id, type: type(r), sourceName: a.name, targetName: b.name,
                   evidence: r.evidence, evidenceDocs: r.evidenceDocs }) AS relationships
}
RETURN d { .id, .title, .source, .publisher, .author, .date, .length, .ingestedAt, .url, .language, .format, .pages, .contentHash, .fileName, .size, .text, .mentionSpans } AS document,
       mentioned, relationships
