// @name documents
// @returns many
// @row document: DocumentRow
// @doc Every ingested document without its text, newest first.
MATCH (d:Document)
RETURN d { .id, .title, .source, .publisher, .author, .date, .length, .ingestedAt, .url, .language, .format, .pages, .contentHash, .fileName, .size } AS document
ORDER BY d.ingestedAt DESC, d.title
