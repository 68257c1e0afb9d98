// @name addListedEntities
// @returns one
// @param $rows: readonly ListedEntityWrite[]
// @param $at: string
// @row added: number
// @doc Adds, for list entries that named no entity of the graph, an entity each (origin 'list': identity from the list, never a relation) tied to its entry as linked with score 1, and counts the new ones. The type label is one of the ontology's listable types, checked before the call. An id the graph already uses for anything but the same listed name is left alone, so a list never renames or retypes an entity of the graph; a re-import finds the entity it added before.
UNWIND $rows AS row
MATCH (x:ListEntry {id: row.entry})
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH x, row, existing
WHERE existing IS NULL OR (existing.origin = 'list' AND existing.name = row.name)
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.origin = 'list', e.aliases = row.aliases, e.country = row.country,
  e.aliasText = reduce(text = '', alias IN row.aliases | CASE WHEN text = '' THEN alias ELSE text + ' | ' + alias END)
SET e:$(row.type)
MERGE (x)-[r:MATCHES]->(e)
ON CREATE SET r.matchedAt = $at, r.score = 1.0, r.entryName = row.name, r.entityName = row.name, r.status = 'linked'
RETURN count(DISTINCT CASE WHEN existing IS NULL THEN e END) AS added
