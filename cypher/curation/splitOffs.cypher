// @name splitOffs
// @returns many
// @param $ids: readonly string[] -- entity ids a batch of documents is about to write
// @row from: string -- the entity it was split from, one of $ids
// @row id: string
// @row name: string
// @row type: string
// @row country: string | null
// @row names: string[] -- the names its mentions were written as when it was split off
// @doc The entities an analyst split off any of these, each with the names its split mentions were written as, so ingest gives a later mention of such a name to the split-off entity instead of the one it was split from.
MATCH (e:Entity)
WHERE e.splitFrom IN $ids AND e.splitNames IS NOT NULL
RETURN e.splitFrom AS from, e.id AS id, e.name AS name, e.type AS type, e.country AS country, e.splitNames AS names
ORDER BY e.id
