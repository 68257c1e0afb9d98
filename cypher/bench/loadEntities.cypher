// @name loadEntities
// @returns none
// @param $rows: readonly object[] -- [{ id, name, type, aliases, aliasText, country, origin }]
// @doc Creates a batch of synthetic entities in the stored model; CREATE, not MERGE, because the generator never repeats an id and the load measures raw write speed.
UNWIND $rows AS e
CREATE (n:Entity:$(e.type))
SET n = e
