/**
 * @module readFtm: FollowTheMoney entities, one JSON object a line, as OpenSanctions and Aleph export
 * them. Entities of a schema that names a firm, body, organisation or person become entries;
 * `Sanction` entities add the program, listing date and source URL to the entity they point at;
 * any other FtM schema (addresses, identifiers, vessels, ...) is counted and skipped. A line that
 * is not JSON, not an FtM entity, or of a schema FtM does not have stops the read with its number.
 */
import { z } from 'zod';
import { countryName } from '../catalog.ts';
import { isoDate, ListFileError, type ListEntry, type ListFile } from './entries.ts';

/** Every schema of FollowTheMoney (followthemoney/schema/*.yaml). */
const FTM_SCHEMATA = new Set([
  'Address', 'Agency', 'Airplane', 'Analyzable', 'Article', 'Assessment', 'Asset', 'Associate', 'Audio', 'BankAccount', 'Call',
  'CallForTenders', 'Company', 'Concession', 'Contract', 'ContractAward', 'ContractLot', 'CourtCase', 'CourtCaseParty',
  'CryptoWallet', 'Debt', 'Directorship', 'Document', 'EconomicActivity', 'Email', 'Employment', 'Event', 'Family', 'Folder',
  'HyperText', 'Identification', 'Image', 'Interest', 'Interval', 'Land', 'LegalEntity', 'License', 'Membership', 'Mention',
  'Message', 'Note', 'Occupancy', 'Organization', 'Ownership', 'Package', 'Page', 'Pages', 'Party', 'Passport', 'Payment',
  'Person', 'PlainText', 'Position', 'PositionHeld', 'Post', 'Project', 'ProjectParticipant', 'Proxy', 'PublicBody',
  'RealEstate', 'Record', 'RelatedTo', 'Relationship', 'Representation', 'Sanction', 'Security', 'Shares', 'Similar',
  'Succession', 'Table', 'TaxRoll', 'Thing', 'Transaction', 'Trip', 'UnknownLink', 'UserAccount', 'Value', 'Vehicle',
  'Vessel', 'Video', 'Workbook',
]);

/** FtM schemata that name someone a list can designate, and the entity type each becomes. */
const LISTED: Record<string, ListEntry['type']> = {
  Company: 'Company', LegalEntity: 'Company', Organization: 'Organization', PublicBody: 'Agency', Person: 'Person',
};

const FtmLine = z.object({
  id: z.string().min(1),
  schema: z.string().min(1),
  properties: z.record(z.string(), z.array(z.unknown())).default({}),
  datasets: z.array(z.string()).optional(),
  first_seen: z.string().optional(),
});

const strings = (v: unknown[] | undefined): string[] => (v ?? []).filter((x): x is string => typeof x === 'string');

export function readFtm(text: string, file: string, listName?: string): ListFile {
  const entries = new Map<string, ListEntry>();
  const sanctions: { entity: string; program: string[]; since?: string; url?: string; line: number }[] = [];
  let skipped = 0;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new ListFileError(file, line, `not a JSON object (${(e as Error).message})`);
    }
    const parsed = FtmLine.safeParse(json);
    if (!parsed.success) throw new ListFileError(file, line, `not a FollowTheMoney entity: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'} ${x.message}`).join('; ')}`);
    const { id, schema, properties: p, datasets, first_seen } = parsed.data;
    if (!FTM_SCHEMATA.has(schema)) throw new ListFileError(file, line, `unknown FollowTheMoney schema "${schema}"`);
    if (schema === 'Sanction') {
      const entity = strings(p.entity)[0];
      if (!entity) throw new ListFileError(file, line, 'a Sanction without the entity it designates (properties.entity)');
      sanctions.push({ entity, program: strings(p.program), since: isoDate(strings(p.listingDate)[0] ?? strings(p.startDate)[0]), url: strings(p.sourceUrl)[0], line });
      return;
    }
    const type = LISTED[schema];
    if (!type) {
      skipped += 1;
      return;
    }
    const [name, ...otherNames] = strings(p.name);
    if (!name) throw new ListFileError(file, line, `a ${schema} without a name (properties.name)`);
    const since = isoDate(strings(p.createdAt)[0] ?? first_seen);
    entries.set(id, {
      list: listName ?? datasets?.[0] ?? file,
      key: id, type, name,
      aliases: [...new Set([...otherNames, ...strings(p.alias), ...strings(p.previousName), ...strings(p.weakAlias)])].filter((a) => a !== name),
      countries: [...new Set([...strings(p.country), ...strings(p.jurisdiction)].map((c) => countryName(c)).filter((c): c is string => Boolean(c)))],
      programs: strings(p.program),
      ...(since ? { listedSince: since } : {}),
      ...(strings(p.sourceUrl)[0] ? { sourceUrl: strings(p.sourceUrl)[0] } : {}),
      line,
    });
  });
  for (const s of sanctions) {
    const e = entries.get(s.entity);
    // A designation of an entity the file does not hold names no one we can show.
    if (!e) continue;
    e.programs = [...new Set([...e.programs, ...s.program])];
    if (s.since && (!e.listedSince || s.since < e.listedSince)) e.listedSince = s.since;
    if (s.url) e.sourceUrl = s.url;
  }
  return { format: 'ftm', entries: [...entries.values()], skipped };
}
