// @name mergeEntities
// @returns many
// @param $rows: readonly EntityWrite[]
// @param $token: string -- unique to this attempt of this transaction
// @row id: string
// @row created: boolean
// @doc Creates or updates entities by id, one row per id for a batch of documents, and says which this transaction created: created with the first document's name, type and origin; given every type label the documents gave it (set dynamically, validated against the ontology before the call); aliases merged in document order; the catalog's name and origin win over a discovered one; the last country stated wins, and a city's coordinates from reference data are kept. An entity another writer created while this one waited on the id constraint is matched, not created, so its relationships are read. The marker that tells the two apart is set and removed within the transaction, so it is never stored.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.origin = row.origin, e.aliases = [], e.createdInTransaction = $token
SET e:$(row.labels)
SET e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    e.name = coalesce(row.catalogName, e.name),
    e.origin = CASE WHEN row.catalogName IS NOT NULL THEN 'catalog' ELSE e.origin END,
    e.country = coalesce(row.country, e.country),
    e.coordinates = coalesce(row.coordinates, e.coordinates)
SET e.aliasText = reduce(text = '', alias IN e.aliases | CASE WHEN text = '' THEN alias ELSE text + ' | ' + alias END)
WITH e, coalesce(e.createdInTransaction = $token, false) AS created
REMOVE e.createdInTransaction
RETURN e.id AS id, created
