// @name findDocuments
// @returns many
// @param $documents: readonly { id: string; source: string }[]
// @row id: string
// @row stored: boolean
// @row storedSource: string | null
// @row older: string[]
// @doc For each document about to be written: whether its content is already stored (it is then left as it is) and under which source, and which earlier versions of its file (same source, other content) it replaces.
UNWIND $documents AS doc
OPTIONAL MATCH (same:Document {id: doc.id})
WITH doc, same IS NOT NULL AS stored, same.source AS storedSource
OPTIONAL MATCH (old:Document {source: doc.source})
  USING INDEX old:Document(source)
  WHERE old.id <> doc.id
RETURN doc.id AS id, stored, storedSource, collect(old.id) AS older
