/**
 * @module A person's decision on the tie between a watchlist entry and a graph entity, as a plan
 * over a snapshot of the entity (snapshot.ts): recorded on the tie (who, when, why, and a line of its
 * history, which no re-import overwrites) and, like every other change by a person, as a change
 * record that can be undone.
 */
import type { MatchStatus } from '../../cypher/ontology.ts';
import { HttpError } from '../plugins/errors.ts';
import type { Actor } from './relationships.ts';
import type { Snapshot } from './snapshot.ts';

export function planListDecision(s: Snapshot, entry: string, entity: string, status: MatchStatus, by: Actor) {
  const tie = s.relationships.find((r) => r.fromKind === 'ListEntry' && r.from === entry && r.to === entity);
  if (!tie) throw new HttpError(404, `No tie between list entry ${entry} and entity ${entity}`);
  const before = String(tie.properties.status);
  const history = Array.isArray(tie.properties.history) ? (tie.properties.history as string[]) : [];
  const props: Record<string, unknown> = {
    ...tie.properties, status, decidedBy: by.user, decidedAt: by.at,
    history: [...history, `${by.at} ${by.user}: ${before} -> ${status}${by.note ? ` (${by.note})` : ''}`],
  };
  if (by.note) props.note = by.note;
  else delete props.note;
  return {
    after: { ...s, relationships: s.relationships.map((r) => (r === tie ? { ...r, properties: props } : r)) },
    summary: `${status} the tie between list entry ${entry} and ${entity} (was ${before})`,
  };
}
