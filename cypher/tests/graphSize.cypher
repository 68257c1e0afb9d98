// @name graphSize
// @returns one
// @row nodes: number
// @row relationships: number
// @doc How many nodes and relationships the database holds, read from Neo4j's count store: the cheap first look before graphDump reads everything.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
