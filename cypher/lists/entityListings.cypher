// @name entityListings
// @returns many
// @param $id: string
// @row listing: ListingRow
// @doc The lists an entity is on, through the entries tied to it (linked by score or confirmed by a person), ended listings included and marked.
MATCH (x:ListEntry)-[r:MATCHES]->(:Entity {id: $id})
WHERE r.status IN ['linked', 'confirmed']
MATCH (x)-[:ON_LIST]->(l:List)
RETURN { list: l.name, listId: l.id, entry: x.id, entryName: x.name, programs: x.programs, since: x.listedSince, url: x.sourceUrl,
         endedAt: x.endedAt, status: r.status, score: r.score } AS listing
ORDER BY x.endedAt IS NOT NULL, l.name
