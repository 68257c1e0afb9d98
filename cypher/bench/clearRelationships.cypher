// @name clearRelationships
// @returns none
// @doc Deletes every relationship in batches, before the nodes go: a hub's DETACH DELETE would otherwise remove its hundred thousand relationships in one transaction, more than a 1 GB heap holds (the JVM exited on OutOfMemoryError clearing the 1M graph that way).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
