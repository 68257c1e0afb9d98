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
// @doc The relationships among a set of entities, each with its evidence as stored (JSON strings, which hold the year a sentence states; at most $maxEvidence of them, with how many it has in all) and the title and date of the documents it cites, for placing each fact in time; with $relIds, only those relationships, so a view that draws a few of the relationships among its entities is not sent the evidence of all. The set's most connected entity is never expanded: the others' outgoing relationships (claims; their incoming ones include every MENTIONS) are read, and what the hub claims of each is read from that one's side, so a hub drawn with a few of its neighbours costs what they cost, not its whole degree. At most $maxRelationships + 1, in id order. Relationships a person rejected are left out, as graph answers leave them out; years a person set by hand come with them.
MATCH (h:Entity) WHERE h.id IN $ids
WITH h ORDER BY COUNT { (h)--() } DESC LIMIT 1
CALL {
  WITH h
  MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND a <> h AND b.id IN $ids
  RETURN r
  UNION
  WITH h
  MATCH (a:Entity) WHERE a.id IN $ids AND a <> h
  MATCH (h)-[r]->(a)
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
