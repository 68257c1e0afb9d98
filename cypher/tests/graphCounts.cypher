// @name graphCounts
// @returns one
// @row documents: number
// @row entities: [string, number][]
// @row relations: [string, number, number][]
// @doc What ingest has put in the graph: documents, entities by type, relationships by type and evidence items, for summaries and idempotence checks.
MATCH (d:Document)
WITH count(d) AS documents
OPTIONAL MATCH (e:Entity)
WITH documents, e.type AS type, count(e) AS n
WITH documents, collect([type, n]) AS entities
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
WITH documents, entities, type(r) AS type, count(r) AS n, sum(size(coalesce(r.evidence, []))) AS items
RETURN documents, entities, collect([type, n, items]) AS relations
