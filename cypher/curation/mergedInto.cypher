// @name mergedInto
// @returns one
// @param $id: string
// @row survivor: string
// @doc The entity one merged away now lives on as, so an old link to it answers where it went.
MATCH (m:MergedEntity {id: $id})
RETURN m.mergedInto AS survivor
