// @name benchPing
// @returns one
// @doc The cheapest query there is: its round trip in a managed transaction is the floor under every API query.
RETURN 1 AS one
