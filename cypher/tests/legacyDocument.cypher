// @name legacyDocument
// @returns one
// @param $id: string
// @param $source: string
// @row id: string
// @doc Puts a stored document back in the shape older versions wrote: stored under its bare file name (the CLI's name for a file outside the project folder, and an upload's), without the file facts and year added since; its id, mentions and evidence are what those versions wrote.
MATCH (d:Document {id: $id})
SET d.source = $source
REMOVE d.fileName, d.contentHash, d.size, d.format, d.pages, d.year, d.language, d.url
RETURN d.id AS id
