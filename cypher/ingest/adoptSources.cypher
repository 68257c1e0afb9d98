// @name adoptSources
// @returns one
// @param $documents: readonly { id: string; legacy: string; source: string }[]
// @row adopted: number
// @doc Moves documents that older versions stored under a bare file name to the path of the file just read with the same content, so a later version of that file replaces them; a document whose source is no longer the bare name is left alone.
UNWIND $documents AS doc
MATCH (d:Document {id: doc.id})
WHERE d.source = doc.legacy
SET d.source = doc.source
RETURN count(d) AS adopted
