// @name loadDocuments
// @returns none
// @param $rows: readonly object[] -- [{ props: { id, source, title, publisher, date, length, text, ingestedAt, ... }, mentions: [{ id, count }] }]
// @doc Creates a batch of synthetic documents and their MENTIONS links.
UNWIND $rows AS d
CREATE (doc:Document)
SET doc = d.props
WITH doc, d
UNWIND d.mentions AS m
MATCH (e:Entity {id: m.id})
CREATE (doc)-[:MENTIONS {count: m.count}]->(e)
