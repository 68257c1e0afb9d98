// @name changes
// @returns many
// @param $since: string | null -- ISO 8601: changes at or after it
// @param $entity: string | null -- changes concerning this entity or one of its relationships
// @param $relationship: string | null -- changes concerning this relationship
// @param $user: string | null
// @param $limit: number
// @row change: ChangeRow
// @doc Change records, newest first, filtered by time, entity, relationship and who made them.
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= $since)
  AND ($entity IS NULL OR $entity IN c.entities)
  AND ($relationship IS NULL OR $relationship IN c.relationships)
  AND ($user IS NULL OR c.user = $user)
WITH c ORDER BY c.at DESC, c.id DESC
LIMIT toInteger($limit)
RETURN c { .id, .at, .user, .action, .summary, .note, .entities, .relationships, .scope, .before, .after, .undoes, .undoneBy } AS change
