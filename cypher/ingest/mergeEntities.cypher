// @name mergeEntities
// @returns none
// @param $rows: readonly EntityWrite[]
// @doc Creates or updates entities by id, one row per id for a batch of documents: created with the first document's name, type and origin; given every type label the documents gave it (set dynamically, validated against the ontology before the call); aliases merged in document order; the catalog's name and origin win over a discovered one; the last country stated wins.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.origin = row.origin, e.aliases = []
SET e:$(row.labels)
SET e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    e.name = coalesce(row.catalogName, e.name),
    e.origin = CASE WHEN row.catalogName IS NOT NULL THEN 'catalog' ELSE e.origin END,
    e.country = coalesce(row.country, e.country)
SET e.aliasText = reduce(text = '', alias IN e.aliases | CASE WHEN text = '' THEN alias ELSE text + ' | ' + alias END)
