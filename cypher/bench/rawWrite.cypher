// @name rawWrite
// @returns none
// @param $entities: readonly object[] -- [{ id, name, type, aliases, aliasText, country, origin }], one per id
// @param $documents: readonly object[] -- [{ props: { id, source, title, length, text, ingestedAt }, mentions: [{ id, count }] }], all new
// @param $created: readonly object[] -- relationships no earlier batch wrote: [{ id, source, target, type, evidence: [json], evidenceDocs, confidence, evidenceCount, years, status }]
// @param $extended: readonly object[] -- relationships an earlier batch wrote, whose evidence grows: same shape
// @doc The database write ceiling for ingest: what extraction produced for a batch of documents, in one transaction. The writer knows which relationships it wrote before, so new ones are CREATEd and known ones found by their ends and extended; a relationship MERGE would be planned as a scan of every relationship while the store is empty, and a ceiling should not measure that trap.
CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n:$(e.type), n += e
}
CALL () {
  UNWIND $documents AS d
  CREATE (doc:Document)
  SET doc = d.props
  WITH doc, d
  UNWIND d.mentions AS m
  MATCH (e:Entity {id: m.id})
  CREATE (doc)-[:MENTIONS {count: m.count}]->(e)
}
CALL () {
  UNWIND $created AS r
  MATCH (a:Entity {id: r.source})
  MATCH (b:Entity {id: r.target})
  CREATE (a)-[x:$(r.type)]->(b)
  SET x = r { .id, .evidence, .evidenceDocs, .confidence, .evidenceCount, .years, .status }
}
CALL () {
  UNWIND $extended AS r
  MATCH (a:Entity {id: r.source})-[x]->(b:Entity {id: r.target})
  WHERE x.id = r.id
  SET x.evidence = x.evidence + r.evidence,
      x.evidenceDocs = x.evidenceDocs + r.evidenceDocs,
      x.confidence = CASE WHEN x.confidence > r.confidence THEN x.confidence ELSE r.confidence END,
      x.evidenceCount = x.evidenceCount + r.evidenceCount,
      x.years = reduce(s = x.years, y IN r.years | CASE WHEN y IN s THEN s ELSE s + y END),
      x.status = coalesce(r.status, x.status)
}
