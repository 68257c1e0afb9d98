// @name restoreNodes
// @returns none
// @param $nodes: readonly SnapshotNode[]
// @doc Creates nodes exactly as a snapshot holds them, every label (set dynamically: the snapshot read them from the store, where only ontology labels are written) and every property.
UNWIND $nodes AS node
CREATE (n)
SET n = node.properties
SET n:$(node.labels)
