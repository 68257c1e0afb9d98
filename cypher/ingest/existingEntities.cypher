// @name existingEntities
// @returns many
// @param $ids: readonly string[]
// @row id: string
// @doc Which of these entity ids the graph already holds, for the summary's new-versus-known count.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
