// @name clearLists
// @returns none
// @doc Removes every watchlist and its entries from a benchmark store, so the graph the API benchmark reads stays as generated.
MATCH (n)
WHERE n:List OR n:ListEntry
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
