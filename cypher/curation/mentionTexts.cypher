// @name mentionTexts
// @returns many
// @param $mentions: readonly { doc: string; start: number; end: number }[]
// @row text: string
// @doc The words of these mentions as their documents write them, distinct: the names a split moves to the new entity, by which later ingests find it.
UNWIND $mentions AS m
MATCH (d:Document {id: m.doc})
WITH DISTINCT substring(d.text, m.start, m.end - m.start) AS text
WHERE text <> ''
RETURN text
ORDER BY text
