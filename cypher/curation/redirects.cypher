// @name redirects
// @returns many
// @param $ids: readonly string[] -- entity ids a batch of documents is about to write
// @row id: string
// @row survivor: string
// @row survivorType: string | null -- null when the survivor was itself merged away since
// @doc The ids among these that were merged away, each with the entity it was merged into and that entity's type, so ingest writes what a document says of a merged name onto the survivor (never giving it a second type label) instead of bringing the merged entity back. A survivor merged away since has no type here; the caller asks again for it.
MATCH (m:MergedEntity)
WHERE m.id IN $ids
OPTIONAL MATCH (e:Entity {id: m.mergedInto})
RETURN m.id AS id, m.mergedInto AS survivor, e.type AS survivorType
