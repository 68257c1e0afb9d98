// @name benchRawWrite
// @returns none
// @param $entities list       [{ id, name, type, aliases, aliasText, country, origin }], one per id
// @param $documents list      [{ props: { id, source, title, length, text, ingestedAt }, mentions: [{ id, count }] }]
// @param $relationships list  [{ id, source, target, type, evidence: [json], evidenceDocs, confidence, years, status }], one per id
// @doc The database write ceiling for ingest: what extraction produced for a batch of documents, written in one transaction with the fewest clauses the stored model allows (evidence appended, nothing read back).
CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n:$(e.type), n += e
}
CALL () {
  UNWIND $documents AS d
  MERGE (doc:Document {id: d.props.id})
  SET doc += d.props
  WITH doc, d
  UNWIND d.mentions AS m
  MATCH (e:Entity {id: m.id})
  MERGE (doc)-[k:MENTIONS]->(e)
  SET k.count = m.count
}
CALL () {
  UNWIND $relationships AS r
  MATCH (a:Entity {id: r.source})
  MATCH (b:Entity {id: r.target})
  MERGE (a)-[x:$(r.type) {id: r.id}]->(b)
  SET x.evidence = coalesce(x.evidence, []) + r.evidence,
      x.evidenceDocs = coalesce(x.evidenceDocs, []) + r.evidenceDocs,
      x.confidence = CASE WHEN coalesce(x.confidence, 0) > r.confidence THEN x.confidence ELSE r.confidence END,
      x.evidenceCount = coalesce(x.evidenceCount, 0) + size(r.evidence),
      x.years = reduce(s = coalesce(x.years, []), y IN r.years | CASE WHEN y IN s THEN s ELSE s + y END),
      x.status = coalesce(r.status, x.status)
}
