// @name reviewQueue
// @returns one
// @param $flagTypes: readonly RelationType[] -- the relationships that flag an entity (sanctions, restrictions)
// @param $hub: number -- from how many relationships an entity counts as a hub
// @param $skip: number
// @param $limit: number
// @row remaining: number
// @row items: ReviewQueueRow[]
// @doc The relationships nobody has confirmed or rejected yet, what matters most first: weakly supported ones (low confidence, one document only) and those touching an entity that is sanctioned, restricted, on a watchlist, or a hub many relationships depend on; with how many are left in all.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.review IS NULL
WITH a, r, b,
     coalesce(r.confidence, 0.0) AS confidence,
     size(reduce(docs = [], d IN coalesce(r.evidenceDocs, []) | CASE WHEN d IN docs THEN docs ELSE docs + d END)) AS documents,
     EXISTS { MATCH (a)<-[f]-(:Entity) WHERE type(f) IN $flagTypes } OR EXISTS { MATCH (b)<-[f]-(:Entity) WHERE type(f) IN $flagTypes }
       OR EXISTS { MATCH (:ListEntry)-[m:MATCHES]->(x:Entity) WHERE x IN [a, b] AND m.status IN ['linked', 'confirmed'] } AS flagged,
     COUNT { (a)--(:Entity) } AS degreeA, COUNT { (b)--(:Entity) } AS degreeB
WITH a, r, b, confidence, documents, flagged, CASE WHEN degreeA > degreeB THEN degreeA ELSE degreeB END AS degree
WITH a, r, b, confidence, documents, flagged, degree,
     (1.0 - confidence) + CASE WHEN documents <= 1 THEN 0.5 ELSE 0.0 END + CASE WHEN flagged THEN 0.5 ELSE 0.0 END
       + CASE WHEN degree >= $hub THEN 0.25 ELSE 0.0 END AS priority
ORDER BY priority DESC, r.id
WITH collect({ edge: { id: r.id, source: a.id, target: b.id, type: type(r), confidence: r.confidence, evidenceCount: r.evidenceCount,
                       years: coalesce(r.years, []), status: r.status, review: r.review },
               sourceName: a.name, targetName: b.name, version: coalesce(r.version, 0),
               priority: priority, confidence: confidence, documents: documents, flagged: flagged, degree: degree }) AS queue
RETURN size(queue) AS remaining, queue[toInteger($skip)..toInteger($skip + $limit)] AS items
