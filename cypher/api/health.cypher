// @name health
// @returns one
// @row version: string
// @row edition: string
// @doc The kernel version and edition of the connected Neo4j, to prove the database answers.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
