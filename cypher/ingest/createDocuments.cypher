// @name createDocuments
// @returns none
// @param $documents: readonly DocumentWrite[]
// @doc Stores source documents with their normalised text, which evidence offsets point into, and links each to every entity it names with how often it names it.
UNWIND $documents AS doc
CREATE (d:Document)
SET d = doc.properties, d.ingestedAt = datetime()
WITH d, doc
UNWIND doc.mentions AS mention
MATCH (e:Entity {id: mention.entityId})
CREATE (d)-[:MENTIONS {count: mention.count}]->(e)
