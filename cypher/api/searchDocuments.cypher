// @name searchDocuments
// @returns one
// @param $lucene: string -- a Lucene query the server built from escaped terms, never user text as is
// @param $document: string | null -- keep only this document id
// @param $year: number | null -- keep only documents dated in this year
// @param $publisher: string | null -- keep only documents whose publisher contains this, lower-cased
// @param $entity: string | null -- keep only documents that mention this entity id
// @param $skip: number
// @param $limit: number
// @row total: number
// @row hits: { document: DocumentRow; score: number; mentioned: { id: string; name: string; type: string }[] }[]
// @doc Documents whose title or text match, best first, from the document_text full-text index, with the filters applied, one page of them with their text (for snippets) and the entities they mention.
CALL db.index.fulltext.queryNodes('document_text', $lucene) YIELD node AS d, score
WHERE ($document IS NULL OR d.id = $document)
  AND ($year IS NULL OR d.year = $year)
  AND ($publisher IS NULL OR toLower(coalesce(d.publisher, '')) CONTAINS $publisher)
  AND ($entity IS NULL OR EXISTS { (d)-[:MENTIONS]->(:Entity {id: $entity}) })
WITH d, score
ORDER BY score DESC, d.title
WITH collect({ d: d, score: score }) AS matches
UNWIND (CASE WHEN size(matches) > $skip THEN matches[toInteger($skip)..toInteger($skip + $limit)] ELSE [null] END) AS hit
CALL (hit) {
  WITH hit.d AS d
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  WITH d, collect(e { .id, .name, .type }) AS mentioned
  RETURN CASE WHEN d IS NULL THEN null ELSE {
    document: d { .id, .title, .source, .publisher, .author, .date, .length, .ingestedAt, .url, .language, .format, .pages,
                  .contentHash, .fileName, .size, .text, .mentionSpans },
    score: hit.score, mentioned: mentioned } END AS found
}
// collect leaves out the null of a page past the last match.
RETURN size(matches) AS total, collect(found) AS hits
