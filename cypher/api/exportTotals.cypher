// @name exportTotals
// @returns one
// @param $sources: readonly string[] -- one page of the export's entity ids, as for exportEdges
// @param $members: readonly string[] | null -- as for exportEdges
// @param $relIds: readonly string[] | null -- as for exportEdges
// @row relationships: number
// @row documents: string[]
// @doc How many relationships a page of exportEdges holds and which documents their evidence cites, counted in the database: a first pass for a format that opens with totals and lists documents before relationships (Cypher), at the cost of reading the relationships but not of sending them.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE CASE WHEN $relIds IS NULL THEN b.id IN $members AND coalesce(r.review, '') <> 'rejected' ELSE r.id IN $relIds END
WITH collect(r) AS rels
RETURN size(rels) AS relationships,
       COLLECT { UNWIND rels AS r UNWIND coalesce(r.evidenceDocs, []) AS doc RETURN DISTINCT doc } AS documents
