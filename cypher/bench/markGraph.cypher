// @name markGraph
// @returns none
// @param $key: string
// @param $entities: number
// @param $relationships: number
// @param $documents: number
// @doc Records that the synthetic graph with this key is fully loaded; written last, so an interrupted load is never mistaken for a complete one.
MERGE (m:BenchGraph)
SET m.key = $key, m.entities = $entities, m.relationships = $relationships, m.documents = $documents
