// @name clearGraph
// @returns none
// @doc Empties the benchmark database in batches, so a 1M-node graph never needs one huge transaction.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
