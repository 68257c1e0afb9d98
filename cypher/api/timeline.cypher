// @name timeline
// @returns many
// @param $ids: readonly string[]
// @param $relTypes: readonly RelationType[]
// @param $relIds: readonly string[] | null -- only these relationships (the edges drawn), or all among the entities
// @row relationship: { id: string; type: string; source: string; target: string; status: string | null; correctedYears: number[] | null }
// @row evidence: string[]
// @row documents: { id: string; title: string | null; date: string | null }[]
// @doc The relationships among a set of entities, each with its evidence as stored (JSON strings, which hold the year a sentence states) and the title and date of the documents it cites, for placing each fact in time; with $relIds, only those relationships, so a view that draws a few of the relationships among its entities is not sent the evidence of all. Relationships a person rejected are left out, as graph answers leave them out; years a person set by hand come with them.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relTypes AND coalesce(r.review, '') <> 'rejected'
  AND ($relIds IS NULL OR r.id IN $relIds)
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, [])
WITH a, r, b, collect(d { .id, .title, date: toString(d.date) }) AS documents
RETURN { id: r.id, type: type(r), source: a.id, target: b.id, status: r.status, correctedYears: r.correctedYears } AS relationship,
       coalesce(r.evidence, []) AS evidence, documents
ORDER BY relationship.id
