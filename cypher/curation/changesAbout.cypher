// @name changesAbout
// @returns many
// @param $ids: readonly string[] -- entity ids of an export
// @row change: ChangeRow
// @doc The change records concerning any of these entities or their relationships, oldest first, so an exported subgraph carries who changed it, when and why.
MATCH (c:Change)
WHERE any(id IN c.entities WHERE id IN $ids)
WITH c ORDER BY c.at, c.id
RETURN c { .id, .at, .user, .action, .summary, .note, .entities, .relationships, .scope, .before, .after, .undoes, .undoneBy } AS change
