// @name ingest.createDocuments
// @returns none
// @param $documents {properties: {id: string, source: string, title: string, publisher: string | null, author: string | null, date: string | null, length: number, text: string}, mentions: {entityId: string, count: number}[]}[]
// @doc Stores source documents with their normalised text, which evidence offsets point into, and links each to every entity it names with how often it names it.
UNWIND $documents AS doc
CREATE (d:Document)
SET d = doc.properties, d.ingestedAt = datetime()
WITH d, doc
UNWIND doc.mentions AS mention
MATCH (e:Entity {id: mention.entityId})
CREATE (d)-[:MENTIONS {count: mention.count}]->(e)
