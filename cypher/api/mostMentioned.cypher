// @name mostMentioned
// @returns many
// @param $limit: number -- how many entities
// @row id: string
// @row name: string
// @row type: string
// @row documents: number
// @doc The entities the most documents mention, ties by id: where an overview of the graph starts.
MATCH (d:Document)-[:MENTIONS]->(e:Entity)
WITH e, count(DISTINCT d) AS documents
ORDER BY documents DESC, e.id
LIMIT toInteger($limit)
RETURN e.id AS id, e.name AS name, e.type AS type, documents
