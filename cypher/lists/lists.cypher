// @name lists
// @returns many
// @row list: ListRow
// @doc Every watchlist loaded, with how many of its entries are listed now and how many ended, and how many ties to the graph are made or wait for review.
MATCH (l:List)
CALL (l) {
  OPTIONAL MATCH (x:ListEntry)-[:ON_LIST]->(l)
  OPTIONAL MATCH (x)-[r:MATCHES]->(:Entity)
  RETURN count(DISTINCT CASE WHEN x.endedAt IS NULL THEN x END) AS active, count(DISTINCT CASE WHEN x.endedAt IS NOT NULL THEN x END) AS ended,
         count(CASE WHEN r.status IN ['linked', 'confirmed'] THEN 1 END) AS linked, count(CASE WHEN r.status = 'pending' THEN 1 END) AS pending
}
RETURN l { .id, .name, .format, .source, .firstImported, .lastImported, .imports, active: active, ended: ended, linked: linked, pending: pending } AS list
ORDER BY l.name
