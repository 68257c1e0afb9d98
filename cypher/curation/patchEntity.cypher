// @name patchEntity
// @returns none
// @param $id: string
// @param $set: Record<string, unknown> -- the properties that change; a null removes one
// @param $removeLabels: readonly string[] -- type labels it loses (read from the store, or ontology types)
// @param $addLabels: readonly string[] -- type labels it gains (ontology types, validated before the call)
// @doc Changes only the given properties and labels of one entity, leaving the rest of it, its relationships and its documents as they are, so two people editing different fields of it both keep their edit.
MATCH (e:Entity {id: $id})
SET e += $set
REMOVE e:$($removeLabels)
SET e:$($addLabels)
