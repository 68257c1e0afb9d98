// @name ingest.relationsByKey
// @returns many
// @param $keys {source: string, type: string, target: string}[]
// @doc The stored evidence of the relationships a document is about to add to, so the same fact from several documents stays one relationship.
UNWIND $keys AS key
MATCH (a:Entity {id: key.source})-[r]->(b:Entity {id: key.target})
WHERE type(r) = key.type
RETURN a.id AS source, type(r) AS type, b.id AS target, r.evidence AS evidence, r.evidenceDocs AS evidenceDocs
