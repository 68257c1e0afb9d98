/**
 * The write stage's pure merge: what the graph holds plus a batch's documents become the rows the
 * write queries take. Unit tests, since the cases (replaced documents, facts emptied, several
 * documents of one batch on one fact) are intricate and cheap to state here.
 */
import { describe, expect, it } from 'vitest';
import type { StoredRelationRow } from '../../cypher/rows.ts';
import type { Evidence, Extraction } from '../../ingest/types.ts';
import { documentRow, entityRows, evidenceJson, mergeRelations, summariseEvidence } from '../../ingest/write/mergeEvidence.ts';

const evidence = (doc: string, extra: Partial<Evidence> = {}): Evidence => ({ doc, quote: `q-${doc}`, start: 0, end: 3, rule: 'r', confidence: 0.5, ...extra });

function extraction(doc: string, relations: { source: string; target: string; evidence?: Partial<Evidence> }[]): Extraction {
  return {
    document: { id: doc, source: `${doc}.txt`, title: doc, length: 3, text: 'abc', format: 'text', pages: 1, contentHash: doc, fileName: `${doc}.txt`, size: 3 },
    entities: [...new Set(relations.flatMap((r) => [r.source, r.target]))].map((id) => ({ id, name: id.toUpperCase(), type: 'Company', aliases: [], origin: 'discovered' })),
    mentions: [{ entityId: relations[0]?.source ?? 'x', start: 0, end: 1, text: 'a' }],
    relations: relations.map((r) => ({ id: `${r.source}~SUPPLIES~${r.target}`, type: 'SUPPLIES', source: r.source, target: r.target, evidence: evidence(doc, r.evidence) })),
  };
}

const stored = (source: string, target: string, docs: string[]): StoredRelationRow => ({
  ref: `ref-${source}-${target}`, source, type: 'SUPPLIES', target, evidence: docs.map((d) => evidenceJson(evidence(d))), evidenceDocs: docs,
});

describe('merging evidence for the write stage', () => {
  it('summarises evidence: the highest confidence, sorted distinct years, the status of the latest dated item', () => {
    expect(summariseEvidence([evidence('a', { year: 2020, status: 'signed', confidence: 0.4 }), evidence('b', { year: 2018, status: 'planned', confidence: 0.9 }), evidence('c', { year: 2020 })]))
      .toEqual({ confidence: 0.9, evidenceCount: 3, years: [2018, 2020], status: 'signed' });
  });
  it('adds a new document\'s evidence to a stored fact, by its element id, keeping the other documents\' items', () => {
    const m = mergeRelations([stored('a', 'b', ['d1'])], [extraction('d2', [{ source: 'a', target: 'b' }])], new Set(['d2']));
    expect(m.created).toEqual([]);
    expect(m.updated).toHaveLength(1);
    expect(m.updated[0]!.properties['ref-a-b']).toMatchObject({ evidenceDocs: ['d1', 'd2'], evidenceCount: 2 });
  });
  it('drops the items of a replaced document, deleting a fact left with none and creating the new ones', () => {
    const m = mergeRelations([stored('a', 'b', ['old'])], [extraction('new', [{ source: 'a', target: 'c' }])], new Set(['old', 'new']));
    expect(m.emptied).toEqual([{ source: 'a', refs: ['ref-a-b'] }]);
    expect(m.created).toEqual([expect.objectContaining({ source: 'a', target: 'c', properties: expect.objectContaining({ id: 'a~SUPPLIES~c', evidenceDocs: ['new'] }) })]);
  });
  it('folds two documents of one batch on one fact into one relationship, in batch order', () => {
    const m = mergeRelations([], [extraction('d1', [{ source: 'a', target: 'b' }]), extraction('d2', [{ source: 'a', target: 'b', evidence: { year: 2019 } }])], new Set(['d1', 'd2']));
    expect(m.created).toHaveLength(1);
    expect(m.created[0]!.properties).toMatchObject({ evidenceDocs: ['d1', 'd2'], years: [2019] });
  });
  it('folds an entity named by several documents into one row, in id order, with every type as a label', () => {
    const x = extraction('d1', [{ source: 'b', target: 'a' }]);
    const y = { ...extraction('d2', [{ source: 'a', target: 'c' }]) };
    y.entities = y.entities.map((e) => (e.id === 'a' ? { ...e, type: 'Organization', aliases: ['Alpha'] } : e));
    const rows = entityRows([x, y]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ labels: ['Company', 'Organization'], aliases: ['Alpha'], type: 'Company' });
  });
  it('stores a document with its mention spans as [entity, start, end] triples', () => {
    expect(JSON.parse(documentRow(extraction('d1', [{ source: 'a', target: 'b' }])).properties.mentionSpans)).toEqual([['a', 0, 1]]);
  });
});
