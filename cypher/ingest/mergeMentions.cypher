// @name ingest.mergeMentions
// @returns none
// @param $docId string
// @param $rows {entityId: string, count: number}[]
// @doc Links a document to every entity it names, with how often it names it.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count
