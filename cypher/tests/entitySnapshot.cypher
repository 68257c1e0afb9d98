// @name entitySnapshot
// @returns many
// @param $names: readonly string[]
// @row id: string
// @row name: string
// @row labels: string[]
// @row aliases: string[]
// @row aliasText: string
// @row country: string | null
// @row origin: string
// @row documents: number
// @row mentions: number
// @doc Entities by name as stored (labels, aliases, full-text alias field, country, origin) with how many documents mention them.
UNWIND $names AS name
MATCH (e:Entity {name: name})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.aliases AS aliases, e.aliasText AS aliasText,
       e.country AS country, e.origin AS origin, count(d) AS documents, sum(m.count) AS mentions
