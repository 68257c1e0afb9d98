// @name recordChange
// @returns none
// @param $change: Omit<ChangeRow, 'undoneBy'>
// @doc Stores a change record; when it undoes another, that one is marked undone by it, so a change is undone once.
CREATE (c:Change)
SET c = $change
WITH c
OPTIONAL MATCH (undone:Change {id: $change.undoes})
SET undone.undoneBy = c.id
