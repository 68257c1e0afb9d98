// @name upsertList
// @returns none
// @param $list: ListWrite
// @doc Creates or updates a watchlist by id and records this import's date in its history.
MERGE (l:List {id: $list.id})
ON CREATE SET l.firstImported = $list.importedAt, l.imports = []
SET l.name = $list.name, l.format = $list.format, l.source = $list.source, l.lastImported = $list.importedAt,
    l.imports = l.imports + $list.importedAt
