// @name documentsByIds
// @returns many
// @param $ids: readonly string[]
// @row document: DocumentRow
// @doc Document metadata (no text) for the documents an export's evidence cites.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d { .id, .title, .source, .publisher, .author, .date, .length, .ingestedAt, .url, .language, .format, .pages, .contentHash, .fileName, .size } AS document
