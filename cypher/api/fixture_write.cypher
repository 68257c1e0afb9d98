// @name fixtureWrite
// @returns none
// @param $entities list    [{ id, name, type, aliases, country, origin }]
// @param $relationships list  [{ id, source, target, type, props }]
// @param $documents list   [{ props, mentions: [{ id, count }] }]
// @doc Writes a small graph in the stored model for API tests; the ingest pipeline is the only writer in production.
CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
  SET n:$(e.type), n += e, n.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
}
CALL () {
  UNWIND $relationships AS r
  MATCH (a:Entity {id: r.source}), (b:Entity {id: r.target})
  MERGE (a)-[x:$(r.type) {id: r.id}]->(b)
  SET x += r.props
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
