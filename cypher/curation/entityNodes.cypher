// @name entityNodes
// @returns many
// @param $ids: readonly string[]
// @row node: SnapshotNode
// @doc Entities by id with their labels and properties only, none of their relationships: what an edit of name, type, country or aliases reads and puts back, so that editing a hub costs what editing a leaf does.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN { labels: labels(e), properties: properties(e) } AS node
