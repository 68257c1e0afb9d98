// @name ingest.mergeEntities
// @returns none
// @param $rows {id: string, type: string, name: string, aliases: string[], country: string | null, origin: string}[]
// @doc Creates or updates entities by id: the type label is set dynamically (validated against the ontology before the call), aliases are merged, and the catalog's identity wins over a discovered one.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.origin = row.origin, e.aliases = []
SET e:$(row.type)
SET e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    e.name = CASE WHEN row.origin = 'catalog' THEN row.name ELSE e.name END,
    e.origin = CASE WHEN row.origin = 'catalog' THEN 'catalog' ELSE e.origin END,
    e.country = coalesce(row.country, e.country)
SET e.aliasText = reduce(text = '', alias IN e.aliases | CASE WHEN text = '' THEN alias ELSE text + ' | ' + alias END)
