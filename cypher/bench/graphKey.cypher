// @name graphKey
// @returns one
// @row key: string
// @row entities: number
// @row relationships: number
// @row documents: number
// @doc The generator key of the synthetic graph this store holds (seed, size, generator version), or no row for an empty or partly loaded store.
MATCH (m:BenchGraph)
RETURN m.key AS key, m.entities AS entities, m.relationships AS relationships, m.documents AS documents
