// @name outgoingRelations
// @returns one
// @param $names: readonly string[]
// @row relations: number
// @doc How many claims (relationships other than MENTIONS) start at the entities with these names.
MATCH (e:Entity)-[r]->(:Entity)
WHERE e.name IN $names
RETURN count(r) AS relations
