// @name deleteDocuments
// @returns none
// @param $ids: readonly string[]
// @doc Removes replaced documents and their MENTIONS; their evidence is removed from relationships separately.
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
