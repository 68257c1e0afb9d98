// @name listMatches
// @returns many
// @param $statuses: readonly MatchStatus[]
// @param $list: string | null -- a list's id, or null for every list
// @param $skip: number
// @param $limit: number
// @row match: ListMatchRow
// @doc Ties between list entries and entities in these statuses, most doubtful first: the review queue when asked for pending ones.
MATCH (x:ListEntry)-[r:MATCHES]->(e:Entity)
WHERE r.status IN $statuses AND ($list IS NULL OR x.list = $list)
MATCH (x)-[:ON_LIST]->(l:List)
RETURN {
  entry: x { .id, .name, .aliases, .countries, .programs, .listedSince, .sourceUrl, .endedAt, list: l.name, listId: l.id },
  entity: e { .id, .name, .type, .country, .aliases },
  status: r.status, score: r.score, entryName: r.entryName, entityName: r.entityName,
  decidedBy: r.decidedBy, decidedAt: r.decidedAt, note: r.note
} AS match
ORDER BY r.score, x.name, e.name
SKIP toInteger($skip) LIMIT toInteger($limit)
