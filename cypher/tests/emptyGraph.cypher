// @name emptyGraph
// @returns none
// @doc Removes every node and relationship in batches, so a large graph left by a benchmark never needs one huge transaction.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
