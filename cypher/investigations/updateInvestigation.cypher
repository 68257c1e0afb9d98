// @name updateInvestigation
// @returns one
// @param $id: string
// @param $version: number -- the version its author last read
// @param $name: string | null -- null keeps the name
// @param $state: string | null -- null keeps the case file
// @param $user: string
// @param $at: string
// @param $token: string -- unique to this call, set and removed at once so nothing is stored
// @row version: number -- the stored version, after the update when it matched
// @row updated: boolean
// @doc Renames a saved investigation or replaces its case file when the version matches the stored one; the node's write lock is taken first, so of two saves on the same version one wins and the other reads the new version and is refused.
MATCH (i:Investigation {id: $id})
SET i.lockedBy = $token
REMOVE i.lockedBy
WITH i, i.version = $version AS current
CALL (i, current) {
  WITH i WHERE current
  SET i.name = coalesce($name, i.name), i.state = coalesce($state, i.state), i.updatedBy = $user, i.updatedAt = $at, i.version = i.version + 1
}
RETURN i.version AS version, current AS updated
