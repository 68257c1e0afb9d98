// @name ingest.outgoingRelations
// @returns one
// @param $names string[]
// @doc How many claims (relationships other than MENTIONS) start at the entities with these names.
MATCH (e:Entity)-[r]->(:Entity)
WHERE e.name IN $names
RETURN count(r) AS relations
