// @name createInvestigation
// @returns none
// @param $investigation: InvestigationRow
// @doc Stores a new saved investigation, its case file as JSON.
CREATE (i:Investigation)
SET i = $investigation
