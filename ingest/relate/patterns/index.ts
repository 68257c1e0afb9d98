/**
 * @module Every relation pattern, one data file per relationship type, checked at load: a malformed
 * path, an unknown type or a repeated id fails here, before any text is read. A pattern stays only
 * while it finds true facts in the tuning documents (tests/ingest/quality.test.ts).
 */
import { z } from 'zod';
import { RelationPatternSchema, type RelationPattern } from '../pattern.ts';
import { develops } from './develops.ts';
import { enacted } from './enacted.ts';
import { founded } from './founded.ts';
import { funds } from './funds.ts';
import { leads } from './leads.ts';
import { locatedIn } from './locatedIn.ts';
import { manufacturesFor } from './manufacturesFor.ts';
import { operates } from './operates.ts';
import { owns } from './owns.ts';
import { partnersWith } from './partnersWith.ts';
import { partOf } from './partOf.ts';
import { restricts } from './restricts.ts';
import { sanctions } from './sanctions.ts';
import { subsidiaryOf } from './subsidiaryOf.ts';
import { supplies } from './supplies.ts';
import { uses } from './uses.ts';

export const PATTERNS: readonly RelationPattern[] = z.array(RelationPatternSchema).parse([
  ...supplies, ...partnersWith, ...subsidiaryOf, ...partOf, ...owns, ...founded, ...leads,
  ...operates, ...develops, ...enacted, ...restricts, ...sanctions, ...locatedIn, ...uses, ...funds, ...manufacturesFor,
]);

const dup = PATTERNS.find((p, i) => PATTERNS.findIndex((q) => q.id === p.id) !== i);
if (dup) throw new Error(`relation patterns: id ${dup.id} is used twice`);
