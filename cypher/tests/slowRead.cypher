// @name slowRead
// @returns one
// @row n: number
// @doc A read that takes seconds on any graph, empty or not: for the tests of what a graph request past the query timeout answers (Neo4j checks timeouts every two seconds, so a quick walk never reaches one).
UNWIND range(1, 60000000) AS x
WITH x WHERE x % 7 = 123
RETURN count(x) AS n
