// @name investigations
// @returns many
// @row investigation: Omit<InvestigationRow, 'state'>
// @doc Every saved investigation without its case file, the most recently changed first.
MATCH (i:Investigation)
WITH i ORDER BY i.updatedAt DESC, i.id
RETURN i { .id, .name, .createdBy, .createdAt, .updatedBy, .updatedAt, .version } AS investigation
