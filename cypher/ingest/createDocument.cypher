// @name ingest.createDocument
// @returns none
// @param $document {id: string, source: string, title: string, publisher: string | null, author: string | null, date: string | null, length: number, text: string}
// @doc Stores one source document with its normalised text, which evidence offsets point into.
CREATE (d:Document)
SET d = $document, d.ingestedAt = datetime()
