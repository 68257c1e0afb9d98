/**
 * @module GET /api/entities (the most mentioned), /api/entities/:id and its neighbourhood: what the
 * explorer shows first, and when an analyst opens or expands a node.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EntityAnswer, MostMentionedAnswer } from '../../../schemas/entities.ts';
import { notFound } from '../../../plugins/errors.ts';
import { GraphSchema } from '../../../schemas/graph.ts';
import { ENTITY_FLAGS, nodesFor } from '../../../graph/subgraph.ts';
import { neighborhood } from '../../../graph/neighbors.ts';
import { IdParams } from '../../../schemas/params.ts';
import { NeighborQuery } from '../../../schemas/graph-queries.ts';
import { EntityChangeAnswer, EntityEditBody, MergeBody, SplitBody } from '../../../schemas/curation.ts';
import { HttpError } from '../../../plugins/errors.ts';
import { requireToken, userOf } from '../../../plugins/auth.ts';
import { makeChange } from '../../../curation/changes.ts';
import { planEdit, planMerge, planSplit } from '../../../curation/entities.ts';
import { slug } from '../../../../ingest/index.ts';

const entities: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      summary: 'The entities the most documents mention: where an overview of the graph starts',
      tags: ['graph'],
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
      response: { 200: MostMentionedAnswer },
    },
  }, async (req) => ({ results: await app.repo.read('mostMentioned', { limit: req.query.limit }) }));

  app.get('/:id', {
    schema: { summary: 'One entity, its relationship counts by type and direction, and the documents that mention it', tags: ['graph'], params: IdParams, response: { 200: EntityAnswer } },
  }, async (req) => {
    const { id } = req.params;
    const [row, [node]] = await Promise.all([app.repo.readOne('entity', { id }), nodesFor(app.repo, [id], ENTITY_FLAGS)]);
    if (!row || !node) {
      const merged = await app.repo.readOne('mergedInto', { id });
      if (merged) throw new HttpError(404, `Entity ${id} was merged into ${merged.survivor}`, { mergedInto: merged.survivor });
      throw notFound(`Entity not found: ${id}`);
    }
    const counts = new Map<string, { type: string; direction: 'out' | 'in'; count: number }>();
    for (const r of row.rels) {
      const key = `${r.type} ${r.direction}`;
      const c = counts.get(key) ?? { ...r, count: 0 };
      c.count++;
      counts.set(key, c);
    }
    return {
      entity: node,
      version: row.version,
      relationships: [...counts.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      documents: row.documents.map((d) => ({ id: d.id, title: d.title ?? d.source ?? d.id, source: d.source ?? '', mentions: d.mentions })),
    };
  });

  app.get('/:id/neighbors', {
    schema: {
      summary: 'The neighbourhood of an entity up to three hops, filtered, with a limit that reports what it cut',
      tags: ['graph'],
      params: IdParams,
      querystring: NeighborQuery,
      response: { 200: GraphSchema },
    },
  }, async (req) => {
    const graph = await neighborhood(app.repo, req.params.id, req.query);
    if (!graph) throw notFound(`Entity not found: ${req.params.id}`);
    return graph;
  });

  app.patch('/:id', {
    onRequest: requireToken('Entity edits'),
    schema: {
      summary: 'Rename (the old name becomes an alias), retype, set the country or replace the aliases of an entity; its id stays. Only the fields sent change; an edit from an older version goes ahead unless someone changed one of those fields since (409)',
      tags: ['curation'], params: IdParams, body: EntityEditBody, response: { 200: EntityChangeAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const { version, note, ...edit } = req.body;
    const user = userOf(req);
    const change = await makeChange(app.repo, {
      action: 'rename', user, note: note ?? null,
      scope: { entities: [], relationships: [], nodes: [id] },
      concerns: { entities: [id], relationships: [] },
      plan: (before) => planEdit(before, id, version, edit),
    });
    return { change, entity: id };
  });

  app.post('/:id/merge', {
    onRequest: requireToken('Merges'),
    schema: {
      summary: 'Merge another entity into this one: its relationships, evidence, mentions and list ties move here, its name becomes an alias, and later ingests naming it land here',
      tags: ['curation'], params: IdParams, body: MergeBody, response: { 200: EntityChangeAnswer },
    },
  }, async (req) => {
    const survivor = req.params.id;
    const { merge, acrossTypes, version, mergedVersion, note } = req.body;
    if (merge === survivor) throw new HttpError(400, `An entity cannot be merged into itself (${survivor})`, { field: 'merge' });
    const by = { user: userOf(req), at: new Date().toISOString(), note: note ?? null };
    const change = await makeChange(app.repo, {
      user: by.user, action: 'merge', note: by.note,
      scope: { entities: [survivor, merge], relationships: [] },
      concerns: { entities: [survivor, merge], relationships: [] },
      plan: (before) => planMerge(before, survivor, merge, { survivor: version, merged: mergedVersion }, acrossTypes, by),
    });
    return { change, entity: survivor };
  });

  app.post('/:id/split', {
    onRequest: requireToken('Splits'),
    schema: {
      summary: 'Split chosen mentions off an entity into a new one: the evidence sentences holding them, and relationships all of whose sentences do, move with them; later ingests give the names those mentions were written as to the new entity, unless the text places them in another country',
      tags: ['curation'], params: IdParams, body: SplitBody, response: { 200: EntityChangeAnswer },
    },
  }, async (req) => {
    const { id } = req.params;
    const { name, type, country, mentions, version, note } = req.body;
    // As the catalog tells bodies that share a name apart, by their country: when the name is taken,
    // or is the name of the entity split (whose id then carries its own country).
    const base = slug(name);
    if (!base) throw new HttpError(400, 'The new name makes no id: give it letters or digits', { field: 'name' });
    const taken = base === id || id.startsWith(`${base}-`) || !!(await app.repo.readOne('entity', { id: base }));
    const newId = taken && country ? `${base}-${slug(country)}` : base;
    const names = (await app.repo.read('mentionTexts', { mentions })).map((r) => r.text);
    const change = await makeChange(app.repo, {
      user: userOf(req), action: 'split', note: note ?? null,
      scope: { entities: [id, newId], relationships: [] },
      concerns: { entities: [id, newId], relationships: [] },
      plan: (before) => planSplit(before, id, version, { newId, name, mentions, names, ...(type ? { type } : {}), ...(country ? { country } : {}) }),
    });
    return { change, entity: newId };
  });
};

export default entities;
