/**
 * Relation extraction: a sentence in, relations out, with type, direction, offsets and qualifiers.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/index.ts';
import { compileRule } from '../../ingest/relate/sentenceRules.ts';
import { RELATION_RULES } from '../../ingest/relate/rules.ts';
import { dropDisallowedRelations } from '../../ingest/clean/dropDisallowedRelations.ts';
import { dropSelfRelations } from '../../ingest/clean/dropSelfRelations.ts';
import type { Relation } from '../../ingest/types.ts';

/** Relations of a text as "Source TYPE Target" lines, in reading order. */
function facts(text: string): string[] {
  const x = extractDocument({ source: 'test.txt', data: text });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
}

function relationsOf(text: string) {
  return extractDocument({ source: 'test.txt', data: text });
}

describe('"the company" refers back only when no name follows it', () => {
  it('"The company <name> partners with Dahua" does not make the previous sentence\'s company a partner', () => {
    const text = 'Hikvision sells cameras. The company <img src=x onerror=alert(1)> partners with Dahua.';
    expect(facts(text)).not.toContain('Hikvision PARTNERS_WITH Dahua');
  });
  it('"The company" followed by its verb still refers to the company named before', () => {
    expect(facts('Dahua opened an office in Almaty. The company supplied cameras to Kazakhstan in 2019.')).toContain('Dahua SUPPLIES Kazakhstan');
  });
});

describe('supply is read in both voices and from lists', () => {
  it('active: vendor supplied customer', () => {
    expect(facts('Hikvision supplied thousands of cameras to Ecuador in 2019.')).toEqual(['Hikvision SUPPLIES Ecuador']);
  });
  it('passive: customer is supplied by vendor (the direction flips)', () => {
    expect(facts('Norsi-Trans is supplied by Huawei.')).toEqual(['Huawei SUPPLIES Norsi-Trans']);
  });
  it('a vendor list gives one relation per vendor', () => {
    expect(facts('In Moscow, the digital infrastructure for smart video surveillance systems is mainly supplied by Cisco, Dell and HP.'))
      .toEqual(['Cisco SUPPLIES Moscow', 'Dell SUPPLIES Moscow', 'HP SUPPLIES Moscow']);
  });
  it('a purchase from a vendor is the vendor supplying the buyer', () => {
    expect(facts('Zimbabwe bought facial recognition software from CloudWalk in 2018.')).toEqual(['CloudWalk SUPPLIES Zimbabwe']);
  });
  it('a Huawei Safe City deal supplies both the country and the program', () => {
    expect(facts('Huawei signed a Safe City deal with Kenya in 2015.')).toEqual(['Huawei SUPPLIES Kenya', 'Huawei SUPPLIES Safe City']);
  });
  it('Hikvision cameras in Ecuador and in its ECU 911 system', () => {
    expect(facts('Hikvision cameras are installed in Quito.')).toEqual(['Hikvision SUPPLIES Quito']);
    expect(facts("Ecuador's ECU 911 system uses Hikvision cameras.")).toEqual(expect.arrayContaining(['Hikvision SUPPLIES ECU 911', 'Ecuador OPERATES ECU 911']));
  });
});

describe('what is denied, cited or merely reported yields no evidence', () => {
  it('"did not supply" and "never sold" draw nothing', () => {
    expect(facts('Dahua did not supply cameras to Uzbekistan.')).toEqual([]);
    expect(facts('Dell never sold servers to the FSB.')).toEqual([]);
    expect(facts('Nvidia no longer supplies chips to Russia.')).toEqual([]);
    expect(facts('Axis Communications refused to sell cameras to Iran.')).toEqual([]);
  });
  it('"denied that it used" draws nothing', () => {
    expect(facts("Kazakhstan's Ministry of Internal Affairs denied that it bought cameras from Hikvision.")).toEqual([]);
  });
  it('a newspaper quoted as the source supplies nobody', () => {
    expect(facts('According to Reuters, Hikvision supplied cameras to Kyrgyzstan.')).toEqual(['Hikvision SUPPLIES Kyrgyzstan']);
    expect(facts('The Washington Post reported that Huawei equipment was installed in Belgrade.')).toEqual(['Huawei SUPPLIES Belgrade']);
  });
});

describe('status and year come from the sentence', () => {
  it('a cancelled purchase is a supply link with status cancelled', () => {
    const x = relationsOf('Ecuador cancelled the purchase of cameras from Hikvision in 2021.');
    expect(x.relations.map((r) => [r.type, r.evidence.status, r.evidence.year])).toEqual([['SUPPLIES', 'cancelled', 2021]]);
  });
  it('a plan is planned, a signed deal is signed, "since 2017" is the year', () => {
    expect(relationsOf('Kazakhstan plans to buy servers from Huawei.').relations[0].evidence.status).toBe('planned');
    expect(relationsOf('Huawei signed a Safe City deal with Kenya in 2015.').relations[0].evidence).toMatchObject({ status: 'signed', year: 2015 });
    expect(relationsOf('Since 2017, Sergek complexes have been operating in Almaty, which are supplied by Korkem Telecom.').relations
      .find((r) => r.type === 'SUPPLIES')!.evidence).toMatchObject({ year: 2017, status: 'operating' });
  });
  it('a ban is banned', () => {
    expect(relationsOf('Russia banned Telegram in 2018.').relations[0].evidence).toMatchObject({ status: 'banned', year: 2018 });
  });
});

describe('sanctions, designations and bans', () => {
  it('an Entity List designation by the Commerce Department is a sanction with the list in the detail', () => {
    const x = relationsOf('The US Commerce Department added Hikvision and Dahua to the Entity List in 2019.');
    expect(facts('The US Commerce Department added Hikvision and Dahua to the Entity List in 2019.'))
      .toEqual(['US Department of Commerce SANCTIONS Hikvision', 'US Department of Commerce SANCTIONS Dahua']);
    expect(x.relations[0].evidence.detail).toBe('to the Entity List');
  });
  it('being added to the Entity List with no agency named is a restriction by the list', () => {
    expect(facts('Megvii, SenseTime and Yitu were added to the Entity List in October 2019.'))
      .toEqual(['Entity List RESTRICTS Megvii', 'Entity List RESTRICTS SenseTime', 'Entity List RESTRICTS Yitu']);
  });
  it('passive and active sanctions point from the sanctioning body', () => {
    expect(facts('NtechLab was sanctioned by the European Union in 2021.')).toEqual(['European Union SANCTIONS NtechLab']);
    expect(facts('OFAC designated Yandex in 2022.')).toEqual(['OFAC SANCTIONS Yandex']);
    expect(facts('The United States imposed sanctions on Huawei in 2019.')).toEqual(['United States SANCTIONS Huawei']);
  });
  it('a law that prohibits buying from vendors restricts them, and no one supplies the law', () => {
    expect(facts('The National Defense Authorization Act prohibits federal agencies from buying equipment from Hikvision and Dahua.'))
      .toEqual(['National Defense Authorization Act RESTRICTS Hikvision', 'National Defense Authorization Act RESTRICTS Dahua']);
  });
  it('"blocked in China" is China restricting each service', () => {
    expect(facts('Key Western services such as Google, YouTube, Facebook, Twitter are blocked in China, but work in Russia.'))
      .toEqual(['China RESTRICTS Google', 'China RESTRICTS YouTube', 'China RESTRICTS Facebook', 'China RESTRICTS Twitter']);
  });
});

describe('ownership, structure and leadership read their direction', () => {
  it('"X, a subsidiary of Y" and "Y includes X" both give X SUBSIDIARY_OF Y', () => {
    expect(facts('Korkem Telecom (a subsidiary of Open Technologies Group) supplies Sergek.')).toContain('Korkem Telecom SUBSIDIARY_OF Open Technologies Group');
    expect(facts('RosTec includes NtechLab.')).toEqual(['NtechLab SUBSIDIARY_OF Rostec']);
  });
  it('a stake is ownership with the stake in the detail', () => {
    const x = relationsOf('Rostec holds a 25% stake in NtechLab.');
    expect(facts('Rostec holds a 25% stake in NtechLab.')).toEqual(['Rostec OWNS NtechLab']);
    expect(x.relations[0].evidence.detail).toBe('a 25% stake');
    expect(facts('VisionLabs is owned by Sberbank.')).toEqual(['Sberbank OWNS VisionLabs']);
  });
  it('"led by", "head of" and a title before a name give the person LEADS the body', () => {
    expect(facts('Sberbank, led by former Minister of Economics German Gref, has grown.')).toEqual(['German Gref LEADS Sberbank']);
    expect(facts('Sergei Chemezov, the chief executive of Rostec, spoke.')).toEqual(['Sergei Chemezov LEADS Rostec']);
    expect(facts('Moscow Mayor Sergey Sobyanin praised the cameras.')).toEqual(['Sergey Sobyanin LEADS Moscow']);
  });
  it('"head of legal practice at" an NGO is not leading the NGO', () => {
    expect(facts('Sarkis Darbinyan, head of legal practice at RosKomSvoboda, criticised the system.')).toEqual([]);
  });
  it("\"Y's technical partner is X\" gives X PARTNERS_WITH Y", () => {
    expect(facts("Korkem Telecom's technical partner is Chinese Dahua Technology.")).toEqual(['Dahua PARTNERS_WITH Korkem Telecom']);
  });
  it('outsourcing production to a foundry, through a pronoun, is the foundry manufacturing for each designer', () => {
    const x = relationsOf('Baikal Electronics and MCST design processors. They outsource production to TSMC.');
    expect(facts('Baikal Electronics and MCST design processors. They outsource production to TSMC.'))
      .toEqual(['TSMC MANUFACTURES_FOR Baikal Electronics', 'TSMC MANUFACTURES_FOR MCST']);
    expect(x.relations[0].evidence.detail).toBe('"They" = Baikal Electronics, MCST');
  });
});

describe('laws and programs', () => {
  it('adopting a law and a possessive law are ENACTED', () => {
    expect(facts('In 2016, Russia adopted the Yarovaya law.')).toEqual(['Russia ENACTED Yarovaya law']);
    expect(facts("Russia's national AI strategy, adopted in October 2019, calls for a database.")).toEqual(['Russia ENACTED National AI Strategy']);
  });
  it('a law described as in force in a document about one country is that country\'s law', () => {
    const x = relationsOf('Russia tightened control. Russia fined users. Providers must meet the storage requirements mandated by the so-called Yarovaya law requiring them to store data.');
    expect(x.relations.map((r) => [r.type, r.evidence.rule])).toEqual([['ENACTED', 'law-in-force-in-document-country']]);
  });
  it('"the measure of the Chinese government is the so-called Golden Shield" is China OPERATES Golden Shield', () => {
    expect(facts('The most well-known measure of the Chinese government "to combat cybercrime" is the so-called Golden Shield, or Dragon Firewall.'))
      .toEqual(['China OPERATES Golden Shield']);
  });
});

describe('evidence points at the sentence in the stored text', () => {
  it('start and end slice the normalised text back to the quote', () => {
    const x = relationsOf('Intro line.\n\nRosTec includes NtechLab, which provides the facial recognition technology used by Moscow.');
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      expect(x.document.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
      expect(r.evidence.doc).toBe(x.document.id);
    }
    expect(x.relations.map((r) => r.type)).toEqual(['SUBSIDIARY_OF', 'SUPPLIES', 'USES']);
  });
  it('the same fact in one document keeps one item per sentence, and ids are stable per (source, type, target)', () => {
    const x = relationsOf('Huawei supplied servers to Kenya. Later, Huawei supplied cameras to Kenya.');
    expect(x.relations).toHaveLength(2);
    expect(new Set(x.relations.map((r) => r.id)).size).toBe(1);
  });
});

describe('cleaners', () => {
  const rel = (source: string, type: Relation['type'], target: string): Relation => ({
    id: 'x', type, source, target, evidence: { doc: 'd', quote: 'q', start: 0, end: 1, rule: 'r', confidence: 1 },
  });
  it('DropDisallowedRelations drops what the ontology forbids (a person does not supply a state)', () => {
    const entities = [
      { id: 'p', name: 'P', type: 'Person' as const, aliases: [], origin: 'discovered' as const },
      { id: 's', name: 'S', type: 'State' as const, aliases: [], origin: 'catalog' as const },
    ];
    expect(dropDisallowedRelations([rel('p', 'SUPPLIES', 's'), rel('p', 'LEADS', 's')], entities).map((r) => r.type)).toEqual(['LEADS']);
  });
  it('DropSelfRelations drops a relation from an entity to itself', () => {
    expect(dropSelfRelations([rel('a', 'PARTNERS_WITH', 'a'), rel('a', 'PARTNERS_WITH', 'b')]).map((r) => r.target)).toEqual(['b']);
  });
  it('every rule compiles, and only to slot types the ontology allows', () => {
    for (const rule of RELATION_RULES) expect(() => compileRule(rule), rule.id).not.toThrow();
  });
});
