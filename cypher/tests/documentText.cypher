// @name documentText
// @returns one
// @param $id: string
// @row text: string
// @doc The stored normalised text of a document, which evidence offsets point into.
MATCH (d:Document {id: $id})
RETURN d.text AS text
