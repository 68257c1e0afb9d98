// Curation (cypher/ontology.ts): change records by id and in time order, the merged-away ids that
// ingest redirects to their survivors, and saved investigations by id.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
