// @name investigation
// @returns one
// @param $id: string
// @row investigation: InvestigationRow
// @doc One saved investigation with its case file.
MATCH (i:Investigation {id: $id})
RETURN i { .id, .name, .createdBy, .createdAt, .updatedBy, .updatedAt, .version, .state } AS investigation
