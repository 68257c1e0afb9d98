// @name exportNodeRefs
// @returns many
// @param $ids: readonly string[] -- the export's entity ids
// @row node: { id: string; outDegree: number }
// @doc Which of an export's entities exist, each with its number of outgoing relationships: what the export plans its pages by. Reads no relationship, since degrees come from the store's counts.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN { id: e.id, outDegree: COUNT { (e)-->() } } AS node
