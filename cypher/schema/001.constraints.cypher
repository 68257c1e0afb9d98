// Constraints and indexes, applied in file order at every start. Each statement is idempotent.
// Unique ids make MERGE safe under concurrent ingest and give id lookups an index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
// Search over names and aliases; the standard analyzer lower-cases and splits on punctuation.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// Watchlists: an entry's id is its list's id and the entry's own key in that list.
CREATE CONSTRAINT list_id IF NOT EXISTS FOR (l:List) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT list_entry_id IF NOT EXISTS FOR (x:ListEntry) REQUIRE x.id IS UNIQUE;
// A state's supply chain gathers the places and bodies of its country by this property.
CREATE INDEX entity_country IF NOT EXISTS FOR (e:Entity) ON (e.country);
