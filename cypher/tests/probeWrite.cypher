// @name probeWrite
// @returns none
// @param $id: string
// @param $name: string
// @doc Creates a bare company entity, to check that a write lands and that the unique id constraint refuses a second one.
CREATE (:Entity:Company {id: $id, name: $name})
