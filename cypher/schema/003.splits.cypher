// Entities split off another (cypher/ontology.ts, ENTITY_CURATION): every ingest asks which entities
// were split off the ones it writes, so it finds them by the id of the entity they came from.
CREATE INDEX entity_split_from IF NOT EXISTS FOR (e:Entity) ON (e.splitFrom);
