// @name change
// @returns one
// @param $id: string
// @row change: ChangeRow
// @doc One change record by id, with its snapshots, for undo.
MATCH (c:Change {id: $id})
RETURN c { .id, .at, .user, .action, .summary, .note, .entities, .relationships, .scope, .before, .after, .undoes, .undoneBy } AS change
