// @name ingest.relationsByKey
// @returns many
// @param $keys {source: string, type: string, target: string}[]
// @doc The stored evidence of the relationships a batch of documents is about to add to, so the same fact from several documents stays one relationship; `ref` finds each again later in the same transaction. Walks out of the source (an entity's outgoing relationships are claims only; its incoming ones include every MENTIONS) and compares the end's element id rather than reading its id property. Index hints and `endNode(r)` leave the planner no other anchor, so the plan stays two seeks and an expand even when it is made on an empty store, where a scan of every relationship looks free (BENCHMARKS.md, cause 2).
UNWIND $keys AS key
MATCH (b:Entity {id: key.target})
  USING INDEX b:Entity(id)
WITH key, elementId(b) AS target
MATCH (a:Entity {id: key.source})-[r]->()
  USING INDEX a:Entity(id)
  WHERE type(r) = key.type AND elementId(endNode(r)) = target
RETURN elementId(r) AS ref, a.id AS source, type(r) AS type, key.target AS target, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs
