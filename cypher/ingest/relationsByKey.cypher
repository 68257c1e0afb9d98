// @name ingest.relationsByKey
// @returns many
// @param $keys {source: string, type: string, target: string}[]
// @doc The stored evidence of the relationships a batch of documents is about to add to, so the same fact from several documents stays one relationship. Walks out of the source (an entity's outgoing relationships are claims only; its incoming ones include every MENTIONS), with an index hint so the plan stays a seek and an expand even when it is made on an empty store, where a scan of every relationship looks free (BENCHMARKS.md, cause 2).
UNWIND $keys AS key
MATCH (a:Entity {id: key.source})-[r]->(b)
  USING INDEX a:Entity(id)
  WHERE type(r) = key.type AND b.id = key.target
RETURN a.id AS source, type(r) AS type, b.id AS target, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs
