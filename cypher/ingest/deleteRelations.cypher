// @name deleteRelations
// @returns none
// @param $sources: readonly { source: string; refs: string[] }[]
// @doc Deletes relationships left with no evidence after a document was replaced: each source is walked once, and its relationships known by the element ids read earlier in the same transaction are deleted, except those a person reviewed, corrected or supported by hand: they keep their verdict with no document evidence left, so a rejected fact cannot come back unrejected with the next document that states it.
UNWIND $sources AS s
MATCH (a:Entity {id: s.source})-[r]->()
  USING INDEX a:Entity(id)
  WHERE elementId(r) IN s.refs
WITH r, r.review IS NOT NULL OR r.analystEvidence IS NOT NULL OR r.correctedTo IS NOT NULL AS curated
FOREACH (_ IN CASE WHEN curated THEN [1] ELSE [] END |
  SET r.evidence = [], r.evidenceDocs = [], r.evidenceCount = size(coalesce(r.analystEvidence, [])),
      r.confidence = coalesce(r.analystConfidence, 0.0))
FOREACH (_ IN CASE WHEN curated THEN [] ELSE [1] END | DELETE r)
