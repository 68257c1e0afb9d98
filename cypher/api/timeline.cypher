// @name timeline
// @returns many
// @param $ids: readonly string[]
// @param $relTypes: readonly RelationType[]
// @param $relIds: readonly string[] | null -- only these relationships (the edges drawn), or all among the entities
// @param $maxRelationships: number -- most relationships answered; one more is read so the caller can tell the answer was cut
// @param $maxEvidence: number -- most evidence items of one relationship answered
// @row relationship: { id: string; type: string; source: string; target: string; status: string | null; correctedYears: number[] | null }
// @row evidence: string[]
// @row evidenceTotal: number
// @row documents: { id: string; title: string | null; date: string | null }[]
// @doc The relationships among a set of entities, each with its evidence as stored (JSON strings, which hold the year a sentence states; at most $maxEvidence of them, with how many it has in all) and the title and date of the documents it cites, for placing each fact in time; with $relIds, only those relationships, so a view that draws a few of the relationships among its entities is not sent the evidence of all. Every relationship among the set has an end that is not the set's most connected entity, so that one is never expanded: a hub drawn with a few of its neighbours costs what they cost, not its whole degree. The others are expanded outward only (an entity's outgoing relationships are claims; its incoming ones include every MENTIONS), plus what the hub claims of each, read from the hub's side into the other. At most $maxRelationships + 1, in id order. Relationships a person rejected are left out, as graph answers leave them out; years a person set by hand come with them.
MATCH (n:Entity) WHERE n.id IN $ids
WITH n ORDER BY COUNT { (n)--() } DESC
WITH collect(n) AS byDegree
WITH byDegree[0] AS hub, byDegree[1..] AS others
UNWIND others AS a
CALL {
  WITH a
  MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
  RETURN r
  UNION
  WITH a, hub
  MATCH (hub)-[r]->(a)
  RETURN r
}
WITH DISTINCT r
WHERE type(r) IN $relTypes AND coalesce(r.review, '') <> 'rejected'
  AND ($relIds IS NULL OR r.id IN $relIds)
WITH r ORDER BY r.id LIMIT toInteger($maxRelationships) + 1
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, [])
WITH r, collect(d { .id, .title, date: toString(d.date) }) AS documents
RETURN { id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, status: r.status, correctedYears: r.correctedYears } AS relationship,
       coalesce(r.evidence, [])[0..toInteger($maxEvidence)] AS evidence, size(coalesce(r.evidence, [])) AS evidenceTotal, documents
ORDER BY relationship.id
