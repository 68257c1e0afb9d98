// @name ingest.documentsFromSource
// @returns many
// @param $source string
// @param $id string
// @doc Earlier versions of a file: documents with the same source but other content, which the new version replaces.
MATCH (d:Document {source: $source})
WHERE d.id <> $id
RETURN d.id AS id
