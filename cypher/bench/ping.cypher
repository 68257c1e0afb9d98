// @name ping
// @returns one
// @row one: number
// @doc The cheapest query there is: its round trip in a managed transaction is the floor under every API query.
RETURN 1 AS one
