// @name writeListMatches
// @returns one
// @param $matches: readonly ListMatchWrite[]
// @param $at: string
// @row linked: number
// @row pending: number
// @doc Ties entries to the entities they name, with score and the names that matched; a person's decision (confirmed, rejected) is never overwritten.
UNWIND $matches AS m
MATCH (x:ListEntry {id: m.entry})
MATCH (e:Entity {id: m.entity})
MERGE (x)-[r:MATCHES]->(e)
ON CREATE SET r.matchedAt = $at
SET r.score = m.score, r.entryName = m.entryName, r.entityName = m.entityName,
    r.status = CASE WHEN r.status IN ['confirmed', 'rejected'] THEN r.status ELSE m.status END
RETURN count(CASE WHEN r.status = 'linked' THEN 1 END) AS linked, count(CASE WHEN r.status = 'pending' THEN 1 END) AS pending
