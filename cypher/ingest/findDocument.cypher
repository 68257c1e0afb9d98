// @name ingest.findDocument
// @returns one
// @param $id string
// @doc Whether a document with this content hash is already in the graph (re-ingesting it changes nothing).
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.source AS source
