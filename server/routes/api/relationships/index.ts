/**
 * @module /api/relationships: one link with every sentence that supports it, so an analyst can
 * check the claim against its source before it goes into a report; and a person's changes to it (a
 * verdict, an evidence item marked as not supporting it, a correction) or a fact added by hand. The
 * changes need write access, like uploads, and each is stored as a change record.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { allowsRelation, parseRelationshipId, relationshipId, relationTypeInfo, type EntityType, type RelationType } from '../../../../cypher/ontology.ts';
import { RelationshipAnswer } from '../../../schemas/relationships.ts';
import { AddFactBody, CorrectionBody, DisputeBody, RelationshipChangeAnswer, ReviewBody } from '../../../schemas/curation.ts';
import { HttpError, notFound } from '../../../plugins/errors.ts';
import { requireToken, userOf } from '../../../plugins/auth.ts';
import { toEdgeData } from '../../../graph/elements.ts';
import { nodesFor } from '../../../graph/subgraph.ts';
import { citeEvidence, parseAnalystEvidence, parseEvidence } from '../../../graph/evidence.ts';
import { IdParams } from '../../../schemas/params.ts';
import { makeChange } from '../../../curation/changes.ts';
import { correctedId, evidenceKey, planAddFact, planCorrection, planDispute, planReview, type Support } from '../../../curation/relationships.ts';
import type { Repository } from '../../../../cypher/repository.ts';

/** The types of two entities, or a 404 naming the one that does not exist. */
async function endTypes(repo: Repository, source: string, target: string): Promise<[EntityType, EntityType]> {
  const nodes = await nodesFor(repo, [source, target]);
  const type = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    if (!node) throw notFound(`Entity not found: ${id}`);
    return node.type;
  };
  return [type(source), type(target)];
}

function checkAllowed(type: RelationType, from: [string, EntityType], to: [string, EntityType]): void {
  if (!allowsRelation(type, from[1], to[1])) {
    const info = relationTypeInfo(type);
    throw new HttpError(422, `The ontology does not allow ${type} from a ${from[1]} (${from[0]}) to a ${to[1]} (${to[0]}): it runs from ${info.from.join(', ')} to ${info.to.join(', ')}`);
  }
}

const relationships: FastifyPluginAsyncZod = async (app) => {
  const known = (id: string) => {
    const ends = parseRelationshipId(id);
    if (!ends) throw notFound(`Relationship not found: ${id}`);
    return ends;
  };
  const actor = (user: string, note: string | undefined) => ({ user, at: new Date().toISOString(), note: note ?? null });

  app.get('/:id', {
    schema: { summary: 'One relationship with all its evidence, the documents it cites and what people did to it', tags: ['graph'], params: IdParams, response: { 200: RelationshipAnswer } },
  }, async (req) => {
    const ends = parseRelationshipId(req.params.id);
    const row = ends && await app.repo.readOne('relationship', { id: req.params.id, ...ends });
    if (!row) throw notFound(`Relationship not found: ${req.params.id}`);
    const docs = new Map(row.documents.map((d) => [d.id, d]));
    const disputed = new Set(row.curation.disputed ?? []);
    const c = row.curation;
    return {
      relationship: { ...toEdgeData(row.relationship), sourceName: row.relationship.sourceName, targetName: row.relationship.targetName },
      curation: {
        version: c.version,
        ...(c.reviewedBy ? { reviewedBy: c.reviewedBy } : {}),
        ...(c.reviewedAt ? { reviewedAt: c.reviewedAt } : {}),
        ...(c.reviewNote ? { reviewNote: c.reviewNote } : {}),
        ...(c.correctedTo ? { correctedTo: c.correctedTo } : {}),
        ...(c.correctedFrom ? { correctedFrom: c.correctedFrom } : {}),
        ...(c.correctedStatus ? { correctedStatus: c.correctedStatus } : {}),
        ...(c.correctedYears ? { correctedYears: c.correctedYears } : {}),
      },
      evidence: parseEvidence(row.evidence).map((e) => ({ ...citeEvidence(e, docs.get(e.doc)), key: evidenceKey(e), disputed: disputed.has(evidenceKey(e)) })),
      analystEvidence: parseAnalystEvidence(c.analystEvidence).map((e) => ({ ...e, ...(e.doc ? { documentTitle: docs.get(e.doc)?.title ?? e.doc } : {}) })),
    };
  });

  app.post('/:id/review', {
    onRequest: requireToken('Reviews'),
    schema: {
      summary: 'Confirm or reject a relationship (or clear the verdict), with a note; a rejected one is hidden from graph answers and never brought back by re-ingest',
      tags: ['curation'], params: IdParams, body: ReviewBody, response: { 200: RelationshipChangeAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const ends = known(id);
    const { decision, version, note } = req.body;
    const review = decision === 'confirm' ? 'confirmed' : decision === 'reject' ? 'rejected' : null;
    const by = actor(userOf(req), note);
    const change = await makeChange(app.repo, {
      user: by.user, action: 'review', note: by.note,
      scope: { entities: [], relationships: [id] },
      concerns: { entities: [ends.source, ends.target], relationships: [id] },
      plan: (before) => planReview(before, id, version, review, by),
    });
    return { change, relationship: id };
  });

  app.post('/:id/evidence/dispute', {
    onRequest: requireToken('Reviews'),
    schema: {
      summary: 'Mark one evidence item as not supporting the relationship (or take the mark back), with a note',
      tags: ['curation'], params: IdParams, body: DisputeBody, response: { 200: RelationshipChangeAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const ends = known(id);
    const { evidence, disputed, version, note } = req.body;
    const by = actor(userOf(req), note);
    const change = await makeChange(app.repo, {
      user: by.user, action: 'dispute-evidence', note: by.note,
      scope: { entities: [], relationships: [id] },
      concerns: { entities: [ends.source, ends.target], relationships: [id] },
      plan: (before) => planDispute(before, id, version, evidence, disputed),
    });
    return { change, relationship: id };
  });

  app.post('/:id/correct', {
    onRequest: requireToken('Corrections'),
    schema: {
      summary: 'Correct a relationship\'s type, direction, status or year, with a note; a new type or direction replaces it with a confirmed relationship and keeps the original rejected',
      tags: ['curation'], params: IdParams, body: CorrectionBody, response: { 200: RelationshipChangeAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const ends = known(id);
    const { version, note, ...correction } = req.body;
    const newId = correctedId(ends, correction);
    if (newId !== id) {
      const [sourceType, targetType] = await endTypes(app.repo, ends.source, ends.target);
      const source: [string, EntityType] = [ends.source, sourceType];
      const target: [string, EntityType] = [ends.target, targetType];
      if (correction.reverse) checkAllowed(correction.type ?? ends.type, target, source);
      else checkAllowed(correction.type ?? ends.type, source, target);
    }
    const by = actor(userOf(req), note);
    const change = await makeChange(app.repo, {
      user: by.user, action: 'correct', note: by.note,
      scope: { entities: [], relationships: [...new Set([id, newId])] },
      concerns: { entities: [ends.source, ends.target], relationships: [...new Set([id, newId])] },
      plan: (before) => planCorrection(before, id, version, correction, newId, by),
    });
    return { change, relationship: newId };
  });

  app.post('/', {
    onRequest: requireToken('Facts added by hand'),
    schema: {
      summary: 'Add a relationship by hand, supported by a quote selected in a stored document, an external source or an analyst note (lower standing); an existing one gains the support',
      tags: ['curation'], body: AddFactBody, response: { 200: RelationshipChangeAnswer },
    },
  }, async (req) => {
    const { source, type, target, year, status, support, note } = req.body;
    if (source === target) throw new HttpError(400, 'A relationship joins two different entities: source and target are the same', { field: 'target' });
    const [sourceType, targetType] = await endTypes(app.repo, source, target);
    checkAllowed(type, [source, sourceType], [target, targetType]);
    let stored: Support;
    if (support.kind === 'quote') {
      const doc = (await app.repo.readOne('document', { id: support.doc }))?.document;
      if (!doc) throw notFound(`Document not found: ${support.doc}`);
      const text = doc.text ?? '';
      if (support.end <= support.start || support.end > text.length) {
        throw new HttpError(400, `The selection ${support.start}-${support.end} is not within the document (${text.length} characters)`, { field: 'support.end' });
      }
      const quote = text.slice(support.start, support.end).trim();
      if (!quote) throw new HttpError(400, 'The selection holds no text', { field: 'support' });
      stored = { kind: 'quote', quote, doc: support.doc, start: support.start, end: support.end };
    } else if (support.kind === 'source') {
      stored = { kind: 'source', quote: support.quote, url: support.url, title: support.title, ...(support.date ? { date: support.date } : {}) };
    } else {
      stored = { kind: 'note', quote: support.text };
    }
    const by = actor(userOf(req), note);
    const fact = { source, type, target, ...(year ? { year } : {}), ...(status ? { status } : {}) };
    const id = relationshipId(source, type, target);
    const change = await makeChange(app.repo, {
      user: by.user, action: 'add-fact', note: by.note,
      scope: { entities: [], relationships: [id] },
      concerns: { entities: [source, target], relationships: [id] },
      plan: (before) => planAddFact(before, fact, stored, by),
    });
    return { change, relationship: id };
  });
};

export default relationships;
