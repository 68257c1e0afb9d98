// @name exportEdgesById
// @returns many
// @param $sources list          the start entities of this page's relationships (parsed from their ids)
// @param $targets list          element ids of their end entities
// @param $relIds list           this page's relationship ids
// @param $withEvidence boolean  false for a first pass that needs only totals: the cited document ids instead of the evidence
// @doc One page of the relationships an export names by id. A relationship id names its ends (ingest/ontology.ts), so the page starts at its start entities and keeps the relationships that reach one of its end entities (checked by element id, reading nothing) and carry one of its ids.
MATCH (a:Entity)
WHERE a.id IN $sources
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $targets AND r.id IN $relIds
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.confidence AS confidence,
       r.evidenceCount AS evidenceCount, coalesce(r.years, []) AS years, r.status AS status,
       CASE WHEN $withEvidence THEN r.evidence END AS evidence,
       CASE WHEN $withEvidence THEN null ELSE r.evidenceDocs END AS citedDocuments
