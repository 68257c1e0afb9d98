// @name decideListMatch
// @returns one
// @param $entry: string
// @param $entity: string
// @param $status: MatchStatus -- confirmed or rejected
// @param $user: string
// @param $note: string | null
// @param $at: string
// @row before: string
// @row after: string
// @doc Records a person's decision on the tie between a list entry and an entity, with who, when and why; answers no row when there is no such tie.
MATCH (:ListEntry {id: $entry})-[r:MATCHES]->(:Entity {id: $entity})
WITH r, r.status AS before
SET r.status = $status, r.decidedBy = $user, r.decidedAt = $at, r.note = $note,
    r.history = coalesce(r.history, []) + [$at + ' ' + $user + ': ' + before + ' -> ' + $status + coalesce(' (' + $note + ')', '')]
RETURN before, r.status AS after
