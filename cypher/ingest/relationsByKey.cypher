// @name relationsByKey
// @returns many
// @param $sources: readonly { source: string; targets: Record<string, true> }[]
// @row ref: string
// @row source: string
// @row type: string
// @row target: string
// @row evidence: string[]
// @row evidenceDocs: string[]
// @doc The stored relationships from each source entity to any of the given targets, with their evidence, so the same fact from several documents stays one relationship; `ref` finds each again later in the same transaction. Each source is walked once for all its targets (a hub is the source of dozens of a batch's facts), outward (an entity's outgoing relationships are claims only; its incoming ones include every MENTIONS). The index hint and a target test no index can answer leave the planner one anchor, so the plan stays a seek and an expand even when it is made on an empty store, where a scan of every relationship looks free (BENCHMARKS.md, cause 2).
UNWIND $sources AS s
MATCH (a:Entity {id: s.source})-[r]->(b)
  USING INDEX a:Entity(id)
  WHERE s.targets[b.id]
RETURN elementId(r) AS ref, a.id AS source, type(r) AS type, b.id AS target, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs
