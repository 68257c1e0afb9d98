// @name benchMarkGraph
// @returns none
// @param $key string
// @param $entities int
// @param $relationships int
// @param $documents int
// @doc Records that the synthetic graph with this key is fully loaded; written last, so an interrupted load is never mistaken for a complete one.
MERGE (m:BenchGraph)
SET m.key = $key, m.entities = $entities, m.relationships = $relationships, m.documents = $documents
