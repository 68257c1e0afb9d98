// @name loadRelationships
// @returns none
// @param $rows: readonly object[] -- [{ source, target, type, props: { id, evidence, evidenceDocs, confidence, evidenceCount, years, status } }]
// @doc Creates a batch of synthetic relationships between entities already loaded, with their evidence, as the ingest write stage stores them.
UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
CREATE (a)-[x:$(r.type)]->(b)
SET x = r.props
