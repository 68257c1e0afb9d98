// @name statsRelationships
// @returns many
// @row type: string
// @row count: number
// @doc How many relationships the graph holds per type (MENTIONS included; the route keeps the ontology's types).
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
