/**
 * Sentence in, facts out, through the real parser: each test names a way writers state a fact (or
 * deny it) that the patterns must read, with sentences written for the test. Quality on documents
 * nobody tuned to is measured in quality.test.ts; this holds the behaviour of single rules.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument, type Extraction } from '../../ingest/index.ts';
import { testNlp } from '../helpers/db.ts';

const nlp = testNlp();
const extract = (text: string) => extractDocument({ source: 'sentence.txt', data: text }, nlp);

/** Facts as "Subject TYPE Object", by entity name, with the status when the sentence states one. */
function facts(x: Extraction, withStatus = false): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return [...new Set(x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}${withStatus && r.evidence.status ? ` (${r.evidence.status})` : ''}`))].sort();
}

describe('verbs and their arguments, whatever the voice', () => {
  it('reads a body designating or identifying someone as designating them, but not naming them to do a task or as the one who built something', async () => {
    expect(facts(await extract('In 2021 the U.S. Treasury designated Vexa Vision under Executive Order 14024.'))).toContain('US Department of the Treasury SANCTIONS Vexa Vision');
    const named = facts(await extract('The Ministry of Public Security had designated Corvid Labs to run a national laboratory on speech recognition. '
      + 'A report by Human Rights Watch identified Vexa Vision as the builder of the platform.'));
    expect(named.filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads a passive designation with no agent as by the body last named designating names it did not give, not by the department heading the release', async () => {
    const found = facts(await extract('WASHINGTON - The Department of Commerce\'s Bureau of Industry and Security (BIS) today added 28 Chinese organizations to the Entity List. '
      + 'Secretary Wilbur Ross welcomed the rule. Vexa Vision Co., Ltd. and a number of its affiliates were placed on the Entity List in May 2019.'));
    expect(found.filter((f) => f.endsWith('SANCTIONS Vexa Vision Co., Ltd.'))).toEqual(['Bureau of Industry and Security SANCTIONS Vexa Vision Co., Ltd.']);
  });
  it('reads a passive designation with its agent, for each name of a list, and keeps the list as the detail', async () => {
    const x = await extract('In October 2019 Hikvision, Dahua and Megvii were added to the Entity List by the US Department of Commerce.');
    expect(facts(x)).toEqual(expect.arrayContaining([
      'US Department of Commerce SANCTIONS Hikvision', 'US Department of Commerce SANCTIONS Dahua', 'US Department of Commerce SANCTIONS Megvii',
    ]));
    expect(x.relations.find((r) => r.target === 'hikvision')?.evidence).toMatchObject({ detail: 'Entity List', year: 2019 });
  });
  it('reads a government body listing companies, each of a list after a colon, as designating them, and a company listing clients as no designation', async () => {
    const found = facts(await extract('The Bureau of Industry and Security (BIS) published its rule on Monday. BIS also listed four commercial companies: '
      + 'Vexa Vision Technology Co., Ltd.; Corvid Labs Limited; Norvan Information Co., Ltd.; and Sabre Optics Co., Ltd.'));
    expect(found.filter((f) => f.startsWith('Bureau of Industry and Security SANCTIONS ')).map((f) => f.split(' SANCTIONS ')[1]!.split(' ')[0])).toEqual(['Corvid', 'Norvan', 'Sabre', 'Vexa']);
    expect(facts(await extract('Vexa Vision Technology Co., Ltd. listed Corvid Labs Limited among its clients.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads a name beside a product\'s noun as the company the document names with a legal form, not as a product ("the Synesis platform")', async () => {
    const x = await extract('Software platform: Kipod (developer: Vexa Systems LLC, Minsk)\n\nFootage is processed on Kipod, the Vexa Systems platform that matches faces. '
      + 'On 17 December 2020 the Council of the European Union listed Vexa Systems.');
    expect(facts(x)).toContain('Council of the European Union SANCTIONS Vexa Systems LLC');
    expect(x.entities.filter((e) => e.type === 'Product').map((e) => e.name)).not.toContain('Vexa Systems');
  });
  it('reads the body that decides to add names as designating them, the list left unnamed, and a decision to add a feature as no designation', async () => {
    const found = facts(await extract('Under this rule, the End-User Review Committee (ERC) decided to add the Harbin Public Security Bureau. '
      + 'The ERC also determined to add two companies: Vexa Vision Technology Co., Ltd.; and Corvid Labs Limited.'));
    expect(found).toEqual(expect.arrayContaining(['End-User Review Committee SANCTIONS Harbin Public Security Bureau', 'End-User Review Committee SANCTIONS Corvid Labs Limited']));
    expect(facts(await extract('Vexa Vision Technology Co., Ltd. decided to add face search to the Corvid Match platform.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads a government body adding names, the list left unsaid, as designating them, and a body adding goods to a network as no designation', async () => {
    const found = facts(await extract('In May 2024 the Bureau of Industry and Security (BIS) added Vexa Vision Technology Co., Ltd., Corvid Labs Limited and Talon Optics AD.'));
    expect(found).toEqual(expect.arrayContaining([
      'Bureau of Industry and Security SANCTIONS Vexa Vision Technology Co., Ltd.', 'Bureau of Industry and Security SANCTIONS Corvid Labs Limited', 'Bureau of Industry and Security SANCTIONS Talon Optics AD',
    ]));
    expect(facts(await extract('The Ministry of Interior of Uzbekistan added Vexa Vision Technology Co., Ltd. to its network of suppliers.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('lists names under an intro with no agent as designated by the body last named doing what the intro says, not by the one the document names designating most', async () => {
    const found = facts(await extract('The Office of Foreign Assets Control (OFAC) today designated two companies. '
      + 'In 2021 the Bureau of Industry and Security added Vexa Vision Co., Ltd. and Corvid Labs Limited, and in 2022 it added Talon Optics AD. '
      + 'The following were designated today:\n- Sabre Systems Limited, a company based in Ireland.\n- Norvan Data AD, a company based in Bulgaria.\n'));
    expect(found).toEqual(expect.arrayContaining(['OFAC SANCTIONS Sabre Systems Limited', 'OFAC SANCTIONS Norvan Data AD']));
  });
  it('reads the verb after a subject and its participle ("The list published on 6 May added ...") as the sentence\'s verb, with that subject', async () => {
    const found = facts(await extract('The Department of Defense updated its list of Chinese military companies. '
      + 'The list published on 6 May added Vexa Vision Technology Co., Ltd. and Corvid Labs Limited.'));
    expect(found).toEqual(expect.arrayContaining(['US Department of Defense SANCTIONS Vexa Vision Technology Co., Ltd.', 'US Department of Defense SANCTIONS Corvid Labs Limited']));
  });
  it('reads names added to a sanctions list or placed on a blacklist the text does not name as designated, and names placed under a state\'s sanctions as designated by that state', async () => {
    expect(facts(await extract('In July the Commerce Department placed Vexa Vision Co., Ltd. and Corvid Labs Limited on a trade blacklist.')))
      .toEqual(expect.arrayContaining(['US Department of Commerce SANCTIONS Vexa Vision Co., Ltd.', 'US Department of Commerce SANCTIONS Corvid Labs Limited']));
    expect(facts(await extract('The Treasury also added Ivan Petrov, a co-founder of the Minsk-based group Vexa Systems, to its Belarus sanctions list.')))
      .toContain('Treasury SANCTIONS Ivan Petrov');
    const under = facts(await extract('The Bureau of Industry and Security listed them in 2022. Britain went further: Vexa Vision Co., Ltd. was placed under UK sanctions.'));
    expect(under.filter((f) => f.endsWith('SANCTIONS Vexa Vision Co., Ltd.'))).toEqual(['United Kingdom SANCTIONS Vexa Vision Co., Ltd.']);
  });
  it('reads naming a company a Chinese military company, with "as" or without, as the namer designating it, and naming an executive as no designation', async () => {
    expect(facts(await extract('The Department of Defense named Vexa Vision a "Chinese military company" in October 2022.'))).toContain('US Department of Defense SANCTIONS Vexa Vision');
    expect(facts(await extract('The Pentagon named Corvid Labs as a Chinese military company in 2020, and an order of June 2021 barred Americans from investing in it.'))).toContain('US Department of Defense SANCTIONS Corvid Labs');
    expect(facts(await extract('The Department of Defense named Vexa Vision a preferred supplier in 2022.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads who the listed are, said with "are" ("The listed parties are ...", "The bodies added are ..."), as designated by the body the notice has designating', async () => {
    const opening = 'The Bureau of Industry and Security (BIS) today added 28 organizations to the Entity List. ';
    const listed = facts(await extract(`${opening}The listed parties are the Harbin Public Security Bureau and two companies: Vexa Vision Co., Ltd.; and Corvid Labs Limited.`));
    expect(listed).toEqual(expect.arrayContaining(['Bureau of Industry and Security SANCTIONS Harbin Public Security Bureau',
      'Bureau of Industry and Security SANCTIONS Vexa Vision Co., Ltd.', 'Bureau of Industry and Security SANCTIONS Corvid Labs Limited']));
    expect(facts(await extract(`${opening}The government bodies added are the Harbin Public Security Bureau and nine agencies subordinate to it.`)))
      .toContain('Bureau of Industry and Security SANCTIONS Harbin Public Security Bureau');
    expect(facts(await extract(`${opening}The companies we visited are Vexa Vision Co., Ltd. and Corvid Labs Limited.`)).filter((f) => f.includes('SANCTIONS Vexa'))).toEqual([]);
  });
  it('reads "together with" split by the parser into an adverb and a with-phrase as designating the names with it', async () => {
    const found = facts(await extract('OFAC designated Kestrova together with OOO Vartal, also based in Moscow, and with other members of the network: '
      + 'Majory LLP and Photon Pro LLP in the United Kingdom, Alexsong Pte Ltd in Singapore, and Invention Bridge SL in Spain.'));
    expect(found).toEqual(expect.arrayContaining(['OFAC SANCTIONS OOO Vartal', 'OFAC SANCTIONS Majory LLP', 'OFAC SANCTIONS Photon Pro LLP', 'OFAC SANCTIONS Alexsong Pte Ltd']));
  });
  it('reads a plural noun that a colon list follows as the names listed, also when the parser hangs the list on the verb, not as companies named before', async () => {
    const found = facts(await extract('OFAC designated Talon Optics LLP and Sabre Trade Ltd, two companies in Kazakhstan. '
      + 'OFAC also designated four technology companies under E.O. 14024: Joint Stock Company Vexa (Vexa), AO Corvid-Vektor, Norvan Systems and Kestrel Research Institute.'));
    expect(found).toEqual(expect.arrayContaining(['OFAC SANCTIONS Joint Stock Company Vexa', 'OFAC SANCTIONS AO Corvid-Vektor']));
  });
  it('reads a stake of so many "per cent" as a stake held, in a company and not in a government named after it', async () => {
    const found = facts(await extract('Norvan Group holds 40 per cent of Corvid Labs Ltd. and the Government of Kenya 35 per cent.'));
    expect(found).toContain('Norvan Group OWNS Corvid Labs Ltd.');
    expect(found.filter((f) => f.includes('OWNS Government'))).toEqual([]);
  });
  it('reads "the company" in a clause as another company than the clause\'s subject ("Norvan Capital acquired a stake in the company")', async () => {
    const found = facts(await extract('Corvid Labs Ltd. makes cameras for shops. Norvan Capital later acquired a stake in the company.'));
    expect(found).toContain('Norvan Capital OWNS Corvid Labs Ltd.');
  });
  it('reads a list of names each ending in a legal form as the list it is, in brackets or glued by the parser, each name with its legal form\'s period, and a name "not part of that action" as not designated', async () => {
    const bracketed = facts(await extract('The Bureau of Industry and Security (BIS) issued a final rule today. '
      + 'This rule adds Vexa Vision Zrt. (Hungary), Corvid Labs Kft. (Hungary) and Talon Optics AD (Bulgaria) to the Entity List.'));
    expect(bracketed).toEqual(expect.arrayContaining([
      'Bureau of Industry and Security SANCTIONS Vexa Vision Zrt.', 'Bureau of Industry and Security SANCTIONS Corvid Labs Kft.', 'Bureau of Industry and Security SANCTIONS Talon Optics AD',
    ]));
    const glued = facts(await extract('In July 2023 the Bureau of Industry and Security (BIS) added Vexa Vision S.A., Vexa Vision Limited, Corvid Labs AD and Corvid Holdings Zrt. to the Entity List; '
      + 'Talon Optics Limited and the two individuals named today were not part of that action.'));
    expect(glued).toEqual(expect.arrayContaining([
      'Bureau of Industry and Security SANCTIONS Vexa Vision S.A.', 'Bureau of Industry and Security SANCTIONS Vexa Vision Limited',
      'Bureau of Industry and Security SANCTIONS Corvid Labs AD', 'Bureau of Industry and Security SANCTIONS Corvid Holdings Zrt.',
    ]));
    expect(glued.filter((f) => f.includes('Talon'))).toEqual([]);
  });
  it('reads a participle after a comma as describing the phrase just before it, not the verb ("set up the Commission on Spyware, chaired by X")', async () => {
    const found = facts(await extract('After the election the Parliament set up the Corvid Inquiry Commission, chaired by Anna Sabre of the Talon Party.'));
    expect(found).toContain('Anna Sabre LEADS Corvid Inquiry Commission');
    const order = facts(await extract('In 2021 the Office of Foreign Assets Control blocked the assets of Vexa Labs LLC under Executive Order 14024, signed by President Joe Biden that day.'));
    expect(order.filter((f) => f.includes('RESTRICTS Joe Biden') || f.includes('SANCTIONS Joe Biden'))).toEqual([]);
  });
  it('reads a British title with bracketed words and a year as one law ("the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019"), no company inside it', async () => {
    const found = facts(await extract('In December 2020 the Foreign Secretary designated Corvid Labs Ltd. under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019.'));
    expect(found).toContain('Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 RESTRICTS Corvid Labs Ltd.');
    expect(found.filter((f) => f.includes('EU Exit') && !f.includes('Regulations'))).toEqual([]);
  });
  it('reads a possessive in a conjunct as the conjunct before it ("designated the company and its co-founder and chief executive, X")', async () => {
    const found = facts(await extract('Corvid Labs LLC makes video analytics in Minsk. '
      + 'In 2022 the Office of Foreign Assets Control designated the company and its co-founder and chief executive, Ivan Petrov.'));
    expect(found).toEqual(expect.arrayContaining(['Ivan Petrov LEADS Corvid Labs LLC', 'Ivan Petrov FOUNDED Corvid Labs LLC', 'OFAC SANCTIONS Corvid Labs LLC']));
  });
  it('reads "this rule" in a notice as the notice itself, not a regulation it named, so its additions are its issuer\'s', async () => {
    const found = facts(await extract('In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding two entities. '
      + 'This rule adds Vexa Vision Zrt. (Hungary) and Corvid Labs Kft. (Hungary) to the Entity List.'));
    expect(found).toEqual(expect.arrayContaining(['Bureau of Industry and Security SANCTIONS Vexa Vision Zrt.', 'Bureau of Industry and Security SANCTIONS Corvid Labs Kft.']));
  });
  it('reads the names designated together with the one designated as designated too', async () => {
    expect(facts(await extract('In 2020 the Office of Foreign Assets Control designated the Harbin Public Security Bureau under its sanctions programme, together with Ivan Petrov and Li Wenliang.'))).toEqual(expect.arrayContaining([
      'OFAC SANCTIONS Harbin Public Security Bureau', 'OFAC SANCTIONS Ivan Petrov', 'OFAC SANCTIONS Li Wenliang',
    ]));
  });
  it('reads a sentence that opens on a date with no comma ("In 2019 Vexa Group, a company headed by ...") with the name as its subject', async () => {
    expect(facts(await extract('In 2019 Vexa Group, a security company headed by Paolo Marchetti, acquired Corvid Labs S.r.l. and merged it into a new business.'))).toContain('Paolo Marchetti LEADS Vexa Group');
  });
  it('reads a company bought whole as owned by its buyer, a stake bought as a stake, and goods bought as no ownership', async () => {
    const found = facts(await extract('In 2019 Vexa Holdings acquired Corvid Labs Ltd., a camera maker. Norvan Capital bought a 15 percent stake in Sabre Optics Inc. '
      + 'The Ministry of Interior bought cameras from Talon Vision Co., Ltd.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Holdings OWNS Corvid Labs Ltd.', 'Norvan Capital OWNS Sabre Optics Inc']));
    expect(found.filter((f) => f.includes('OWNS Talon'))).toEqual([]);
    // A company sold to a buyer is no sale of goods to a customer.
    expect(facts(await extract('Zhejiang Vexa Technology Co., Ltd. agreed to sell Corvid Corporation to Sabre, Inc. in 2022.')).filter((f) => f.includes('SUPPLIES'))).toEqual([]);
  });
  it('reads the subject a controlled verb shares with the verb governing it when the parser leaves it off ("it stopped selling to customers in Hong Kong"), with the status the governing verb states', async () => {
    const x = await extract('Vexa Forensics Ltd. reviews its customers. In October 2020 it stopped selling to customers in Hong Kong and mainland China.');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const sales = x.relations.filter((r) => r.type === 'SUPPLIES').map((r) => `${name.get(r.source)} SUPPLIES ${name.get(r.target)} ${r.evidence.status}`);
    expect(sales).toEqual(expect.arrayContaining(['Vexa Forensics Ltd. SUPPLIES Hong Kong ended', 'Vexa Forensics Ltd. SUPPLIES China ended']));
  });
  it('reads a passive\'s agent the parser hangs on the date before it as the agent ("was founded in Abu Dhabi in 2015 by ...")', async () => {
    expect(facts(await extract('Vexa Matter Group was founded in Abu Dhabi, United Arab Emirates, in 2015 by Faisal al-Corvidi.'))).toContain('Faisal al-Corvidi FOUNDED Vexa Matter Group');
  });
  it('reads the customer after "to" on what was sold, and an apposition naming the parent', async () => {
    expect(facts(await extract('Korkem Telecom, a subsidiary of Open Technologies Group, supplied cameras to Almaty and Astana.'))).toEqual(expect.arrayContaining([
      'Korkem Telecom SUBSIDIARY_OF Open Technologies Group', 'Korkem Telecom SUPPLIES Almaty', 'Korkem Telecom SUPPLIES Astana',
    ]));
  });
  it('reads a sale to units of a body as a sale to that body', async () => {
    expect(facts(await extract('Tiandy Technologies, a camera maker based in Tianjin, has sold cameras to units of the Islamic Revolutionary Guard Corps.'))).toContain('Tiandy SUPPLIES Islamic Revolutionary Guard Corps');
  });
  it('reads each legal name of a list after a colon, which the parser sets in apposition, and not a name set against another', async () => {
    const found = facts(await extract('Mauritius Telecom Ltd (MT) won the contract in 2017. MT, he said, subcontracted parts of the work to five companies: '
      + 'Vexa Technologies (Mauritius) Co. Ltd, Teleconvergence Systems Mauritius Ltd, Rod Oto Ltd, Powersure Ltd and MEP Engineering Ltd.'));
    expect(found.filter((f) => f.endsWith('SUPPLIES Mauritius Telecom Ltd')).length).toBeGreaterThanOrEqual(4);
    expect(facts(await extract('For its fingerprint component the commission chose Vexa Inc., a U.S. company, not Corvid Labs Ltd.')).filter((f) => f.startsWith('Corvid'))).toEqual([]);
  });
  it('reads the customer as the object when the goods come after "with", and "the Belarusian authorities" as Belarus', async () => {
    const found = facts(await extract('According to the Council, Vexa Systems provided the Belarusian authorities with a surveillance platform. '
      + 'In 2019 Vexa Systems also equipped the Uzbek government with cameras.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Systems SUPPLIES Belarus', 'Vexa Systems SUPPLIES Uzbekistan']));
  });
  it('reads a relative clause the parser left without its subject as said of the name it is set beside ("X, which runs Y")', async () => {
    expect(facts(await extract('The Ministry of Emergency Situations, which runs Safe City, started a second phase later with Vexa Systems, a supplier from Finland.')))
      .toContain('Ministry of Emergency Situations OPERATES Safe City');
  });
  it('reads a name followed by its short name in brackets as the name, though the parser made the short name the head', async () => {
    const found = facts(await extract('In 2018 Jorge Alvarez, then head of the National Intelligence Secretariat (Senain), confirmed to The New York Times that his agency had a copy. '
      + 'In June 2018 Vexa Labs signed a research agreement with the Computer Science and Artificial Intelligence Laboratory (CSAIL) of the Massachusetts Institute of Technology.'));
    expect(found).toEqual(expect.arrayContaining(['Jorge Alvarez LEADS National Intelligence Secretariat',
      'Computer Science and Artificial Intelligence Laboratory PART_OF Massachusetts Institute of Technology']));
  });
  it('reads the party after a deal\'s price as the deal\'s, not the price\'s ("a contract worth $40 million with ...", "equipment worth ... to ...")', async () => {
    const found = facts(await extract('The Kyrgyz government signed agreements worth about $40 million with Vexa Systems and Corvid Labs for the Safe City project. '
      + 'Later Norvan Technologies delivered equipment worth EUR 9 million to the Ministry of Emergency Situations under its contract.'));
    expect(found).toEqual(expect.arrayContaining([
      'Vexa Systems SUPPLIES Kyrgyzstan', 'Corvid Labs SUPPLIES Kyrgyzstan', 'Norvan Technologies SUPPLIES Ministry of Emergency Situations',
    ]));
  });
  it('reads who a vendor names among its clients, or is named its client, as supplied by it', async () => {
    const found = facts(await extract('Vexa Vision Ltd opened a Singapore office in 2018 and listed Changi Airport and Corvid Guard Ltd among its clients there.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Vision Ltd SUPPLIES Changi Airport', 'Vexa Vision Ltd SUPPLIES Corvid Guard Ltd']));
    const page = 'Sabre Spyware\n\nSabre Spyware is an Israeli maker of phone-hacking tools. Sabre Spyware sells to governments. Mexico was among the earliest clients.';
    expect(facts(await extract(page))).toContain('Sabre Spyware SUPPLIES Mexico');
  });
  it('reads a purchase from the buyer\'s side as the vendor supplying the buyer', async () => {
    expect(facts(await extract('The city of Quito bought 4,000 cameras from Hikvision in 2019.'))).toContain('Hikvision SUPPLIES Quito');
  });
});

describe('who uses a technology, and who only installs it', () => {
  it('reads a company launching or running a product as no operator of it, and a body running a programme as its operator', async () => {
    expect(facts(await extract('In 2023 Vexa Technology Co., Ltd. introduced the Corvid Nova platform, a family of language models.')).filter((f) => f.includes('OPERATES'))).toEqual([]);
    expect(facts(await extract('The Sabre City Department of Transport runs the Corvid Pay system.'))).toContain('Sabre City Department of Transport OPERATES Corvid Pay');
  });
  it('reads the use of a technology by a body, or a body\'s use of it, as that body using it, but not a ban on that use', async () => {
    expect(facts(await extract('He challenged the use of automated facial recognition (AFR) by the Vexa Regional Police (VRP).'))).toContain('Vexa Regional Police USES facial recognition');
    expect(facts(await extract('The Vexa Regional Police patrols the city. The Sabre Court of Appeal later ruled that the force\'s use of the Corvid Match platform was lawful.'))).toContain('Vexa Regional Police USES Corvid Match');
    expect(facts(await extract('The council banned the use of facial recognition by the Vexa Regional Police.')).filter((f) => f.includes('USES'))).toEqual([]);
  });
  it('reads a participle with a by-phrase and no auxiliary as passive: "the platform used by Tashkent"', async () => {
    expect(facts(await extract('Synesis provides the facial recognition platform used by Tashkent.'))).toContain('Tashkent USES facial recognition');
  });
  it('reads where a technology was put to use, with no doer named, as its user', async () => {
    const x = await extract('The mayor said the facial recognition system, widely deployed in Almaty in March 2021, had cut crime.');
    expect(facts(x)).toContain('Almaty USES facial recognition');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.find((r) => r.type === 'USES' && name.get(r.source) === 'Almaty')?.evidence.year).toBe(2021);
  });
  it('does not take the place for the user when the sentence names who uses it there', async () => {
    expect(facts(await extract('Kipod is a video analytics platform used by the Ministry of Internal Affairs in Minsk.')).filter((f) => f.startsWith('Minsk USES'))).toEqual([]);
  });
  it('does not take the company that installs a technology for someone for its user', async () => {
    expect(facts(await extract('The police agreed a deal for Huawei to install CCTV systems in Bishkek.')).filter((f) => f.includes('USES'))).toEqual([]);
  });
});

describe('what a programme\'s cameras can do', () => {
  it('reads the subject of a relative clause with an aside before its verb ("which according to the minister would use ...")', async () => {
    const found = facts(await extract('The police run the Safe City system, which according to the minister would use facial recognition and licence-plate recognition.'));
    expect(found).toEqual(expect.arrayContaining(['Safe City USES facial recognition', 'Safe City USES licence plate recognition']));
  });
  it('reads a technology the cameras carry as used by the programme the text is about, or the one named with the cameras', async () => {
    expect(facts(await extract('The Kampala CCTV Project went live in 2019. The cameras carry facial-recognition software.'))).toContain('Kampala CCTV Project USES facial recognition');
    expect(facts(await extract('CITCC was to build Phase 1 of the Davao Watch Project: around 12,000 cameras with facial recognition.'))).toContain('Davao Watch Project USES facial recognition');
    expect(facts(await extract('The Kampala CCTV Project went live in 2019. The cameras use number-plate recognition and flag speeding.'))).toContain('Kampala CCTV Project USES number plate recognition');
  });
  it('does not give a technology to any programme when the text names none', async () => {
    expect(facts(await extract('Hikvision sells cameras with facial recognition to shops. The cameras carry facial-recognition software.')).filter((f) => f.includes('USES'))).toEqual([]);
  });
});

describe('who builds a programme for others, and who puts in its own', () => {
  it('reads a company implementing a programme as supplying it, and a state implementing one as no supplier of it', async () => {
    expect(facts(await extract('In 2019 Corvid Labs implemented the Vexa Safe City programme.'))).toContain('Corvid Labs SUPPLIES Vexa Safe City');
    expect(facts(await extract('In 2019 Uzbekistan implemented the Vexa Safe City programme.')).filter((f) => f.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('a programme spoken of by its parts', () => {
  it('reads "the first phase" and "the equipment" as the programme the text is about', async () => {
    const text = 'The Bishkek Safe City programme began in 2019. Bishkek Safe City links 110 cameras to a police centre. '
      + 'The first phase was built by Vega Radio Engineering Corporation. The equipment was supplied by Hikvision.';
    expect(facts(await extract(text))).toEqual(expect.arrayContaining(['Hikvision SUPPLIES Bishkek Safe City', 'Vega Radio Engineering Corporation SUPPLIES Bishkek Safe City']));
  });
  it('reads goods supplied by a company, no customer named, as supplied to the programme the text is about', async () => {
    const text = 'The Kampala Safe Streets Project opened in 2019 with 900 cameras. The software was supplied by Brightline Analytics Ltd. '
      + 'The matching algorithms were provided by two developers: Corvid Vision and Sabre Labs.';
    expect(facts(await extract(text))).toEqual(expect.arrayContaining([
      'Brightline Analytics Ltd SUPPLIES Kampala Safe Streets Project', 'Corvid Vision SUPPLIES Kampala Safe Streets Project', 'Sabre Labs SUPPLIES Kampala Safe Streets Project',
    ]));
  });
  it('does not give goods sold to a named customer to the programme as well', async () => {
    const found = facts(await extract('The Kampala Safe Streets Project opened in 2019. The software was supplied by Brightline Analytics Ltd to the National Police.'));
    expect(found).toContain('Brightline Analytics Ltd SUPPLIES National Police');
    expect(found).not.toContain('Brightline Analytics Ltd SUPPLIES Kampala Safe Streets Project');
  });
  it('reads where a programme\'s cameras were put or watch as where the programme is', async () => {
    const found = facts(await extract('The Lira Safe Streets Project opened in 2019 with 900 cameras. Crews installed the cameras first in Gulu, before moving on to Arua. '
      + 'Cameras now watch streets in Soroti and in the district of Mbale.'));
    expect(found).toEqual(expect.arrayContaining(['Lira Safe Streets Project LOCATED_IN Gulu', 'Lira Safe Streets Project LOCATED_IN Soroti']));
  });
  it('reads "the complex" as the programme named just before', async () => {
    expect(facts(await extract('The Lira Safe Streets Project opened in 2019. The complex is run by the Lira District Police Department.'))).toContain(
      'Lira District Police Department OPERATES Lira Safe Streets Project',
    );
  });
  it('reads "the first phase of" a named programme as that programme', async () => {
    expect(facts(await extract('In 2021 the first phase of the Safe City programme was built by Vega Radio Engineering Corporation.'))).toContain('Vega Radio Engineering Corporation SUPPLIES Safe City');
  });
});

describe('deals signed between a company and a government', () => {
  it('reads a cooperation agreement signed with a company as a partnership, and one with a price or for an investment as none', async () => {
    expect(facts(await extract('In 2019 the Government of Zambia signed a strategic cooperation agreement with Vexa Vision.'))).toContain('Zambia PARTNERS_WITH Vexa Vision');
    const priced = facts(await extract('In 2019 the Government of Zambia signed a ten-year agreement worth US$210 million with Vexa Vision. '
      + 'A year earlier it had signed a USD 40 million investment agreement with Corvid Labs.'));
    expect(priced.filter((f) => f.includes('PARTNERS_WITH'))).toEqual([]);
  });
  it('reads a partnership or agreement between two parties as one partnership, not two, and an agreement for a supply as no partnership', async () => {
    const x = await extract('Sergek was introduced under a public-private partnership between the Almaty city administration (akimat) and Corvid Telecom.');
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH')).toHaveLength(1);
    expect(facts(x)).toContain('Almaty city administration PARTNERS_WITH Corvid Telecom');
    expect(facts(await extract('The Ministry welcomes the agreement signed today in Lahore between the Punjab Safe Cities Authority (PSCA) and Vexa Systems for the supply of surveillance equipment.'))
      .filter((f) => f.includes('PARTNERS_WITH'))).toEqual([]);
  });
  it('reads working along with or together with a body as partnering with it', async () => {
    expect(facts(await extract('Other state corporations like Vexa Bank, Corvid Atom, and Sabre Telecom are working along with the Ministry of Construction, Housing, and Utilities in developing "smart cities" as part of the government\'s national project.'))).toEqual(
      expect.arrayContaining(['Vexa Bank PARTNERS_WITH Ministry of Construction, Housing and Utilities', 'Corvid Atom PARTNERS_WITH Ministry of Construction, Housing and Utilities']),
    );
  });
  it('reads a programme\'s name with a company\'s word in it ("Hi-Tech") as a programme', async () => {
    const x = await extract('In the regional capital, Vexa Vision won the Harbin Hi-Tech Zone Safe City project in April 2017, a 500 million yuan scheme.');
    expect(x.entities.find((e) => e.name.startsWith('Harbin Hi-Tech'))?.type).toBe('Program');
  });
  it('reads the company as the vendor, whichever side signs', async () => {
    expect(facts(await extract('In 2016 the government of Mongolia signed a contract with Dahua Technology for 400 cameras.'))).toContain('Dahua SUPPLIES Mongolia');
    expect(facts(await extract('Hikvision signed a framework agreement with the Ministry of Internal Affairs of Armenia in 2020.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hikvision SUPPLIES Ministry of Internal Affairs/)]));
  });
  it('does not take a loan signed with a bank for a sale', async () => {
    expect(facts(await extract('In 2019 the Ministry of Finance of Mongolia signed a loan agreement with China Development Bank.')).filter((f) => f.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('who leads, and who only works under the head', () => {
  it('reads a minister of a portfolio two bodies share as the head of the ministry, not of the committee on it', async () => {
    const found = facts(await extract('The Ministry of Interior announced that the Vexa Safe City Project has entered service. '
      + 'Interior Minister Anna Sabre said the network would help the police. '
      + 'In 2013 the Senate Standing Committee on Interior remarked that Corvid Labs ought to be blacklisted.'));
    expect(found).toContain('Anna Sabre LEADS Ministry of Interior');
    expect(found.filter((f) => f.includes('LEADS Senate'))).toEqual([]);
  });
  it('reads a bare secretary or chair as heading the body a release comes from, and a title with another word beside it as no head of it', async () => {
    const found = facts(await extract('Press release\n\nThe Federal Vexa Commission (FVC) today adopted new rules on equipment from Corvid Systems. '
      + 'Chairwoman Maria Lopez said the step protects national networks. Cabinet Secretary John Okello welcomed the rules.'));
    expect(found).toContain('Maria Lopez LEADS Federal Vexa Commission');
    expect(found.filter((f) => f.startsWith('John Okello LEADS'))).toEqual([]);
  });
  it('reads the head of a part of a body, unnamed, as no head of the body, and the head of a named department as its head', async () => {
    const part = facts(await extract('"The cameras follow every protester home," says Maria Lopez, head of legal practice at the Corvid Rights Foundation. '
      + "Ivan Petrov, then head of Vexa Vision's SORM department, said the firm only followed the law."));
    expect(part.filter((f) => f.includes('LEADS'))).toEqual([]);
    expect(facts(await extract('Ivan Petrov, head of the Department of Transport, said the cameras would stay.'))).toContain('Ivan Petrov LEADS Department of Transport');
  });
  it('does not read a deputy as the head when the parser hangs "Deputy" on the title\'s first word', async () => {
    expect(facts(await extract('- Li Wen, a former Deputy Party Secretary of the Guangdong Province;')).filter((f) => f.includes('LEADS'))).toEqual([]);
    expect(facts(await extract('- Li Wen, a former Party Secretary of the Guangdong Province;'))).toContain('Li Wen LEADS Guangdong Province');
  });
  it('does not read a press secretary as the head, nor a title with its portfolio as a body', async () => {
    expect(facts(await extract("Following media reports, the Committee's press secretary, Aliya Karimova, stated that Vexa Vision is not on the sanctions lists of the United States.")).filter((f) => f.includes('LEADS'))).toEqual([]);
    const x = await extract("The Federal Minister for Interior, Chaudhry Rashid Ali Baig, said the surveillance network would give the capital's police a single, real-time picture of the city.");
    expect(x.entities.map((e) => e.name).filter((n) => /Minister|Federal/.test(n))).toEqual([]);
  });
  it('reads a founder described as at a university, its acronym in brackets, as founding the company, and the university as founding nothing', async () => {
    const found = facts(await extract('Corvid Labs makes speech software. The company was set up in Hong Kong in 2014 by Anna Sabre, '
      + 'a professor of information engineering at the Vexa University of Hong Kong (VUHK), and her former student Li Wen.'));
    expect(found).toContain('Anna Sabre FOUNDED Corvid Labs');
    expect(found.filter((f) => f.startsWith('Vexa University'))).toEqual([]);
  });
  it('reads a founder as founding the company, not leading it, and a founder and chief executive as both', async () => {
    const founder = facts(await extract("Vexa Vision's founder, Ivan Petrov, said sales rose. Corvid Labs co-founder Li Wenliang has left the board."));
    expect(founder).toEqual(expect.arrayContaining(['Ivan Petrov FOUNDED Vexa Vision', 'Li Wenliang FOUNDED Corvid Labs']));
    expect(founder.filter((f) => f.includes('LEADS'))).toEqual([]);
    expect(facts(await extract("Ivan Petrov, Vexa Vision's founder and chief executive, said the deal would help police."))).toEqual(
      expect.arrayContaining(['Ivan Petrov FOUNDED Vexa Vision', 'Ivan Petrov LEADS Vexa Vision']),
    );
  });
  it('reads a state acting under its president as led by the president, and nothing for a body acting under one', async () => {
    expect(facts(await extract('Under President Rafael Correa, Ecuador hired Vexa Vision to build a camera network.'))).toContain('Rafael Correa LEADS Ecuador');
    expect(facts(await extract('Under President Lenin Moreno, the National Intelligence Secretariat was closed.')).filter((f) => f.includes('LEADS'))).toEqual([]);
  });
  it('reads a chief executive as leading the company, not a deputy, a vice-president or a plain executive', async () => {
    expect(facts(await extract("Dahua's chief executive, Fu Liquan, said sales rose."))).toContain('Fu Liquan LEADS Dahua');
    for (const sentence of [
      'A Dahua executive, Li Ming, said sales rose.',
      'Deputy Minister of Internal Affairs Ivan Petrov said the cameras worked.',
      'The ministry met a Huawei vice-president, Wang Lin, in Dushanbe.',
    ]) expect(facts(await extract(sentence)).filter((f) => f.includes(' LEADS ')), sentence).toEqual([]);
  });
  it('does not give one person\'s title to another named with a title of their own', async () => {
    const found = facts(await extract('Vexa Group chairman Ivan Petrov and Deputy Mayor Li Wei opened the centre.'));
    expect(found).toContain('Ivan Petrov LEADS Vexa Group');
    expect(found.filter((f) => f.startsWith('Li Wei LEADS'))).toEqual([]);
    expect(facts(await extract('Dean Yu, chief executive of Vexa Kenya Ltd, said crime fell.'))).toContain('Dean Yu LEADS Vexa Kenya Ltd');
  });
  it('reads a title with its portfolio as leading the one body of the document that holds the portfolio, named in another sentence', async () => {
    const found = facts(await extract('The Ministry of Internal Affairs of Uzbekistan opened a tender for street cameras in March. '
      + 'Interior Minister Ivan Petrov said the cameras would be ready within a year. '
      + 'The Department of Commerce had no objection, Secretary of Commerce Anna Berg said later. Deputy Interior Minister Oleg Sidorov said nothing.'));
    expect(found).toEqual(expect.arrayContaining(['Ivan Petrov LEADS Ministry of Internal Affairs', 'Anna Berg LEADS US Department of Commerce']));
    expect(found.filter((f) => f.startsWith('Oleg Sidorov'))).toEqual([]);
  });
  it('reads a president as heading the state the title\'s adjective names, else the state the document names most, and a mayor the city', async () => {
    // "Chinese President" names China too, so Kenya is named three times to be the state named most.
    const found = facts(await extract('Kenya signed the camera deal with Huawei in March. Kenya will pay for it over five years, and China will lend nothing. Kenya chose the cameras. '
      + 'President Ivan Petrov said the cameras would cut crime. Chinese President Li Wei toured the control room in May. '
      + 'The control room in Nairobi opened in June. The mayor, Anna Berg, said Nairobi would add cameras. Huawei\'s president, Wang Lin, attended.'));
    expect(found).toEqual(expect.arrayContaining(['Ivan Petrov LEADS Kenya', 'Li Wei LEADS China', 'Anna Berg LEADS Nairobi', 'Wang Lin LEADS Huawei']));
    expect(found.filter((f) => f.startsWith('Wang Lin') && !f.endsWith('Huawei'))).toEqual([]);
  });
  it('reads a president or a mayor as heading the one state or place the sentence names, before the one the document names most, but not one only an adjective names', async () => {
    const found = facts(await extract('Vexa Networks sold its filters to Egypt. Egypt used them in 2019. Egypt renewed the deal. '
      + "In Belarus, the company helped the internet shutdowns ordered by President Ivan Petrov's regime. "
      + 'CHICAGO - Mayor Anna Berg today said that the City of Chicago will not renew its contract with Vexa Networks. '
      + "Announced after President Li Wei's visit to Beijing, the deal was praised by Chinese state media."));
    expect(found).toEqual(expect.arrayContaining(['Ivan Petrov LEADS Belarus', 'Anna Berg LEADS Chicago', 'Li Wei LEADS Egypt']));
    expect(found.filter((f) => /^(Ivan Petrov LEADS Egypt|Li Wei LEADS China)/.test(f))).toEqual([]);
  });
  it('reads a country\'s adjective before a president or a prime minister as the state they head, though the text never names the state, and a prime minister with no adjective as heading nothing', async () => {
    const found = facts(await extract('The control room stands on a hill in Quito, where Chinese President Li Wei toured it in 2016. '
      + 'Vexa Vision sold the cameras in 2017, weeks after then prime minister Ivan Petrov held talks with Polish Prime Minister Anna Berg in Warsaw.'));
    expect(found).toEqual(expect.arrayContaining(['Li Wei LEADS China', 'Anna Berg LEADS Poland']));
    expect(found.filter((f) => f.startsWith('Ivan Petrov LEADS'))).toEqual([]);
    expect((await extract('Deputy Prime Minister Oleg Sidorov met the Polish delegation.')).relations.filter((r) => r.type === 'LEADS')).toEqual([]);
  });
  it('reads a chief executive\'s title before a name as leading the company its words name, else the company the page is about', async () => {
    const found = facts(await extract('Vexa Vision\n\nVexa Vision makes cameras. Corvid Telecom Ltd resells them in Kenya. '
      + 'Corvid Telecom Chief Executive Officer Ivan Petrov said sales rose. Chief executive Li Ming has defended the cameras. '
      + 'Vexa Vision Chief Operating Officer Wang Lin said nothing.'));
    expect(found).toEqual(expect.arrayContaining(['Ivan Petrov LEADS Corvid Telecom Ltd', 'Li Ming LEADS Vexa Vision']));
    expect(found.filter((f) => f.startsWith('Wang Lin LEADS'))).toEqual([]);
  });
  it('does not read a portfolio that two bodies of the document hold as leading either', async () => {
    expect(facts(await extract('The Ministry of Internal Affairs of Uzbekistan and the Ministry of Interior of Serbia both bought cameras from Huawei. '
      + 'Interior Minister Ivan Petrov said the cameras would be ready within a year.')).filter((f) => f.includes(' LEADS '))).toEqual([]);
  });
});

describe('money lent, from either side', () => {
  it('reads a fund named in full before its acronym as a lender', async () => {
    expect(facts(await extract('Vexa Vision was founded in 2015. That same month it raised more than 1 billion roubles from the Northern Direct Investment Fund (NDIF) and other funds.'))).toContain(
      'Northern Direct Investment Fund FUNDS Vexa Vision',
    );
  });
  it('reads the lender as funding the borrower, whether the borrower borrowed or the lender lent', async () => {
    expect(facts(await extract('In 2018 Mauritius Telecom borrowed US$73.7 million from the Export-Import Bank of China.'))).toContain('Export-Import Bank of China FUNDS Mauritius Telecom');
    expect(facts(await extract('In 2019 the Argentine province of Jujuy took a US$24.1 million loan from the Hong Kong branch of Banco Bilbao Vizcaya Argentaria.'))).toContain('Banco Bilbao Vizcaya Argentaria FUNDS Jujuy');
    expect(facts(await extract('China Development Bank agreed a US$40 million loan to the state operator Uzbektelecom in July 2019.'))).toContain('China Development Bank FUNDS Uzbektelecom');
  });
  it('reads a loan, grant or credit that paid for a programme as its lender funding the programme, and an investment in it', async () => {
    const found = facts(await extract("Dushanbe's Safe City programme started in 2013. Its cost was covered by a loan from the Export-Import Bank of China. "
      + 'A second phase will be financed by a grant from the government of Japan. '
      + "Payment for the third phase was to come from a buyer's credit extended by the China Development Bank. CITIC Group is to invest $300 million in the project."));
    expect(found).toEqual(expect.arrayContaining([
      'Export-Import Bank of China FUNDS Safe City', 'Japan FUNDS Safe City', 'China Development Bank FUNDS Safe City', 'CITIC Group FUNDS Safe City',
    ]));
  });
  it('reads "the Kenyan government" as Kenya, though another state was named last', async () => {
    const found = facts(await extract("Kenya launched the Safe City project in 2014 with Safaricom, in which the United Kingdom's Vodafone Group holds a stake. "
      + "The second phase, which Britain's Vodafone Group also backed, was financed by a grant from the Kenyan government."));
    expect(found).toContain('Kenya FUNDS Safe City');
    expect(found.filter((f) => f.startsWith('United Kingdom FUNDS'))).toEqual([]);
  });
  it('does not read a loan only talked about as funding anything', async () => {
    expect(facts(await extract("Dushanbe's Safe City programme started in 2013. Officials also met Sberbank to discuss a loan for the Safe City programme.")).filter((f) => f.includes('FUNDS'))).toEqual([]);
  });
  it('does not take an occasion for a borrower', async () => {
    expect(facts(await extract('President Mirziyoyev agreed a $1 billion package for the Belt and Road Forum.')).filter((f) => f.includes('FUNDS'))).toEqual([]);
  });
});

describe('contract manufacturing', () => {
  it('reads a foundry making a designer\'s chips from the goods\' side, for each designer a plural speaks of', async () => {
    expect(facts(await extract('The Kirin 710A processor, designed by the Huawei chip unit HiSilicon, was made by SMIC in Shanghai.'))).toContain('SMIC MANUFACTURES_FOR HiSilicon');
    const both = facts(await extract('Baikal Electronics JSC and the Moscow Center of SPARC Technologies (MCST), which develops the Elbrus family, both had their wafers fabricated by TSMC.'));
    expect(both).toEqual(expect.arrayContaining(['TSMC MANUFACTURES_FOR Baikal Electronics']));
  });
  it('does not take a vendor\'s own cameras for contract manufacturing', async () => {
    expect(facts(await extract('The cameras, designed by Hikvision, had been made by Dahua.')).filter((f) => f.includes('MANUFACTURES_FOR'))).toEqual([]);
  });
});

describe('what the sentence says about the fact', () => {
  it('reads a ban someone only calls for as no ban, and a ban made as one', async () => {
    const x = await extract('Home Office Tells Departments to Stop Installing Foreign Cameras\n\nHome Office\n24 November 2022\n\n'
      + 'Departments have been told to stop deploying cameras made by Vexa Vision and Corvid Labs on sensitive sites.\n\n'
      + 'In July 2022 a cross-party group of 67 MPs and peers had called for both companies to be barred from the UK market.');
    expect(facts(x)).toEqual(expect.arrayContaining(['Home Office RESTRICTS Vexa Vision', 'Home Office RESTRICTS Corvid Labs']));
    expect(x.relations.filter((r) => r.evidence.quote.includes('called for'))).toEqual([]);
  });
  it('drops a denied or refused sale', async () => {
    expect(facts(await extract('Axis Communications refused to sell cameras to Iran.'))).toEqual([]);
    expect(facts(await extract('Nvidia did not supply chips to Russia.'))).toEqual([]);
  });
  it('drops a designation denied of "neither A nor B", and keeps the same sentence without it', async () => {
    const text = 'The executives were designated by the Office of Foreign Assets Control (OFAC) on Friday. ';
    expect(facts(await extract(`${text}Neither Vexa Labs itself nor its founder, Ivan Petrov, was placed under sanctions.`)).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
    expect(facts(await extract(`${text}Vexa Labs and its founder, Ivan Petrov, were placed under sanctions.`)).filter((f) => f.includes('SANCTIONS')))
      .toEqual(expect.arrayContaining(['OFAC SANCTIONS Vexa Labs', 'OFAC SANCTIONS Ivan Petrov']));
  });
  it('marks a planned sale as planned and a stopped one as ended', async () => {
    expect(facts(await extract('Huawei plans to supply cameras to Tashkent.'), true)).toContain('Huawei SUPPLIES Tashkent (planned)');
    expect(facts(await extract('Nvidia no longer supplies chips to Russia.'), true)).toContain('Nvidia SUPPLIES Russia (ended)');
  });
});

describe('names as writers give them', () => {
  it('reads the West Bank as a place, not a bank', async () => {
    const x = await extract('Face-scanning gates were installed at checkpoints between the West Bank and Israel.');
    expect(x.entities.filter((e) => e.name === 'West Bank').map((e) => e.type)).toEqual(['Place']);
  });
  it('reads a description with a name right after it as that name, however the parser hangs the name, and not as the company named before', async () => {
    const found = facts(await extract('Vexa Vision is an Israeli face recognition company. '
      + 'Corvid Labs commissioned former US attorney general Anna Sabre and the law firm Covington & Burling to review the allegations.'));
    expect(found.filter((f) => f.startsWith('Vexa Vision SUPPLIES'))).toEqual([]);
  });
  it('types a name set before "spyware" as a product ("the Raptor spyware")', async () => {
    expect(facts(await extract('Vexa Labs AD, a company based in North Macedonia, developed the Raptor spyware.'))).toContain('Vexa Labs AD DEVELOPS Raptor');
  });
  it('reads a name in another language on through the words the tagger marks foreign ("Garante per la protezione dei dati personali")', async () => {
    const x = await extract('Italy\'s data protection authority, the Garante per la protezione dei dati personali, fined Vexa Vision Ltd. in March 2022.');
    expect(facts(x)).toContain('Garante per la protezione dei dati personali SANCTIONS Vexa Vision Ltd.');
  });
  it('reads an acronym the tagger takes for a common noun as a word of the name it opens ("NHS England"), typed as the organisation, not the place', async () => {
    const x = await extract('In November 2023 NHS England awarded Vexa Technologies UK, Ltd. a contract worth about 330 million pounds to build a data platform for hospitals.');
    expect(facts(x)).toContain('Vexa Technologies UK, Ltd. SUPPLIES NHS England');
    expect(x.entities.find((e) => e.name === 'NHS England')?.type).not.toBe('Place');
  });
  it('reads a body\'s name with its country written after it as the catalog\'s body of that name in that country, and of no other', async () => {
    const ru = await extract('The head of the Ministry of Communications of the Russian Federation, Nikolai Vexov, met Chinese officials in Beijing.');
    expect(facts(ru)).toContain('Nikolai Vexov LEADS Ministry of Digital Development, Communications and Mass Media');
    const kz = await extract('The head of the Ministry of Communications of Kazakhstan, Dauren Vexov, met Chinese officials in Beijing.');
    expect(kz.entities.filter((e) => e.type === 'Agency').map((e) => e.country)).toEqual(['Kazakhstan']);
  });
  it('finds a one-word name of capitals and digits ("G42") wherever it is written once a sentence names it, and money put "in" it on the sum', async () => {
    const found = facts(await extract('Brad Smith, Microsoft\'s vice chair, will take a seat on G42\'s board.\nUS private equity firm Vexa Lake invested $800 million in G42 in 2021.'));
    expect(found).toContain('Vexa Lake FUNDS G42');
  });
  it('reads a product named with its maker\'s possessive or "of" as developed by the maker ("NtechLab\'s FindFace", "the LUNA Platform of VisionLabs")', async () => {
    const found = facts(await extract('The city\'s network relies on Vexa Labs\'s CorvidFace, a face search app, and on the Sabre Match platform of Talon Systems.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Labs DEVELOPS CorvidFace', 'Talon Systems DEVELOPS Sabre Match']));
  });
  it('types a name NER saw nothing in, and took for a person elsewhere, as the company whose legal name holds it, and as that company though written first ("Cellebrite" in a headline)', async () => {
    const x = await extract('Cellebrite Completes Business Combination\n\nCellebrite DI Ltd. is a forensics company.\n\n'
      + 'Cellebrite\'s products, including the Universal Forensic Extraction Device (UFED) and Physical Analyzer, help investigators lawfully access data. Sun Corporation bought Cellebrite in 2007.');
    expect(x.entities.filter((e) => /Cellebrite/.test(e.name)).map((e) => e.type)).not.toContain('Person');
    // Written before its registered name, the short form is still that one company.
    expect(x.entities.filter((e) => /Cellebrite/.test(e.name)).map((e) => e.name)).toEqual(['Cellebrite DI Ltd.']);
    expect(facts(x).filter((f) => /^Sun Corporation OWNS Cellebrite/.test(f))).toHaveLength(1);
  });
  it('keeps a word joined to the rest of a name by a hyphen ("In-Q-Tel"), though alone it would be dropped as a preposition', async () => {
    const x = await extract('One of the earliest backers of Vexa Analytics was In-Q-Tel, the venture firm that the Central Intelligence Agency (CIA) set up in 1999.');
    expect(x.entities.map((e) => e.name)).toContain('In-Q-Tel');
    expect(x.entities.map((e) => e.name)).not.toContain('-Q-Tel');
  });
  it('types a name set beside "a chip designer" as a company, whatever NER guessed', async () => {
    const found = facts(await extract('The same notice listed Higon, a chip designer in which Vexa Computing Co., Ltd. holds a majority stake.'));
    expect(found.filter((f) => /^Vexa Computing .*OWNS Higon$/.test(f))).toHaveLength(1);
  });
  it('reads a short form as the longer name it leaves least of ("CITIC" is "CITIC Group", not "CITIC Guoan Information Technology")', async () => {
    const x = await extract('The government signed with CITIC Guoan Information Technology in April. In June the ministry signed the implementation agreement with CITIC Group. CITIC committed $300 million to the Safe City project.');
    expect(facts(x)).toContain('CITIC Group FUNDS Safe City');
  });
  it('finds a catalog company through its full legal name', async () => {
    const x = await extract('Hangzhou Hikvision Digital Technology Co., Ltd. supplied cameras to Quito.');
    expect(facts(x)).toContain('Hikvision SUPPLIES Quito');
    expect(x.entities.find((e) => e.name === 'Hikvision')).toMatchObject({ id: 'hikvision', origin: 'catalog' });
  });
  it('ties an acronym defined in brackets to the long name for the rest of the document', async () => {
    const x = await extract('The Xinjiang Public Security Bureau (XPSB) runs the checkpoints. In 2020 the Treasury designated the XPSB.');
    const bureau = x.entities.find((e) => e.name === 'Xinjiang Public Security Bureau');
    expect(bureau?.aliases).toContain('XPSB');
    expect(x.relations.some((r) => r.type === 'SANCTIONS' && r.target === bureau?.id)).toBe(true);
  });
  it('reads the words whose capitals spell a bracketed acronym as one name, commas and "and" inside, here and wherever written again', async () => {
    const x = await extract('Northern Watch, Patrol and Response Network starts\n\nThe Northern Watch, Patrol and Response Network (NWPRN) opened in Mombasa in 2016. '
      + 'After the handover the NWPRN will be run by the Coast Guard Service.');
    const network = x.entities.find((e) => e.name === 'Northern Watch, Patrol and Response Network');
    expect(network).toMatchObject({ type: 'Program', aliases: ['NWPRN'] });
    expect(x.entities.map((e) => e.name)).not.toContain('Northern Watch');
    expect(x.mentions.filter((m) => m.entityId === network?.id)).toHaveLength(4);
    expect(facts(x)).toContain('Coast Guard Service OPERATES Northern Watch, Patrol and Response Network');
  });
  it('keeps a ministry in the country written beside it, never a same-named body of another country', async () => {
    const x = await extract("Uzbekistan's Ministry of Internal Affairs bought cameras from Huawei.");
    const ministry = x.entities.find((e) => e.type === 'Agency');
    expect(ministry).toMatchObject({ country: 'Uzbekistan' });
    expect(facts(x)).toContain(`Huawei SUPPLIES ${ministry!.name}`);
  });
  it('does not take what is left of a title run into a name for a name ("Minister of Industry Ivan Petrov")', async () => {
    const x = await extract('The Minister of Industry, the Honourable Ivan Petrov, announced the decision. Vexa Bank, led by former Minister of Economics Ivan Petrov, grew fast.');
    expect(x.entities.map((e) => e.name).filter((n) => /^of /.test(n))).toEqual([]);
  });
  it('reads an office-holder\'s body as one name, and does not make the bodies listed with a department part of it', async () => {
    const x = await extract("Cameras were found at the Department of Defence, the Attorney-General's Department and Home Affairs in 2023.");
    expect(x.entities.map((e) => e.name)).toContain("Attorney-General's Department");
    expect(facts(x).filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
  it('keeps a company with its own legal form apart from a longer name that contains its word', async () => {
    const x = await extract('The Vexa Commercial Spyware Consortium is run by Ivan Petrov. The Treasury designated Vexa S.A. and Vexa Limited, two members of the consortium.');
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vexa Commercial Spyware Consortium', 'Vexa S.A.', 'Vexa Limited']));
  });
  it('ends a name at a verb the tagger draws into it ("The partner of Korvan Telecom is Vexa Vision Co., Ltd.")', async () => {
    const x = await extract('The partner of Korvan Telecom is Vexa Vision Co., Ltd., a Hangzhou camera maker.');
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Korvan Telecom', 'Vexa Vision Co., Ltd.']));
  });
  it('does not read a country inside a longer name', async () => {
    const x = await extract('The Bank of China financed the project, and the University of Washington studied it.');
    expect(x.entities.map((e) => e.name)).not.toContain('China');
    expect(x.entities.map((e) => e.name)).not.toContain('United States');
  });
  it('reads a title line whose first word the tagger takes for an adjective as the name the body gives in full', async () => {
    const x = await extract('Brilliant Optics\n\nBrilliant Optics Limited is a camera maker in Shenzhen. Brilliant Optics sells cameras to the city of Quito.');
    const company = x.entities.filter((e) => /Optics/.test(e.name));
    expect(company).toHaveLength(1);
    expect(x.mentions.filter((m) => m.entityId === company[0]!.id).map((m) => m.text)).toContain('Brilliant Optics');
    expect(x.entities.map((e) => e.name)).not.toContain('Optics');
  });
  it('takes a name with and without its legal form for one company, but two legal forms for two', async () => {
    const one = await extract('JSC Novatek Vision makes cameras. Novatek Vision sold them to Almaty.');
    expect(one.entities.filter((e) => /Novatek/.test(e.name))).toHaveLength(1);
    const two = await extract('Corvex S.A. sold cameras to Almaty. Corvex Limited sold servers to Astana.');
    expect(two.entities.filter((e) => /Corvex/.test(e.name))).toHaveLength(2);
  });
  it('reads "it" as the company a page is about, ahead of a body named nearer', async () => {
    const x = await extract('Novatek Vision\n\nNovatek Vision is a camera maker in Minsk. Novatek Vision sells cameras to banks. In 2021 the Treasury said its cameras watched protesters. It was added to the Entity List by the Commerce Department in 2022.');
    expect(facts(x)).toContain('US Department of Commerce SANCTIONS Novatek Vision');
    expect(facts(x)).not.toContain('US Department of Commerce SANCTIONS US Department of the Treasury');
  });
  it('reads "they" and "both" as the companies last named together, and "both manufacturers" as the two a text is about', async () => {
    const near = await extract('Cameras made by Hikvision and Dahua were installed in the ministry. Both companies are based in Hangzhou. They were added to the Entity List by the US Department of Commerce in 2019.');
    expect(facts(near)).toEqual(expect.arrayContaining(['US Department of Commerce SANCTIONS Hikvision', 'US Department of Commerce SANCTIONS Dahua']));
    const far = await extract('Hikvision cameras were found in 40 offices. Dahua recorders were found in 12. Hikvision and Dahua both replied. The agency made a list. It hired a contractor. The contractor began work. Both manufacturers were placed on the Entity List by the US Department of Commerce in 2019.');
    expect(facts(far)).toEqual(expect.arrayContaining(['US Department of Commerce SANCTIONS Hikvision', 'US Department of Commerce SANCTIONS Dahua']));
  });
  it('reads "both manufacturers" as the last two named together, when one of them was named more since, and "two integrators, A and B" as A and B', async () => {
    const x = await extract('The ministry will remove cameras made by Vexa Vision Co., Ltd. and Corvid Labs Co., Ltd. from its buildings. An audit found the devices at 250 sites. '
      + 'Vexa Vision said the report was false. Vexa Vision said it would answer. Officials said the risk was small. Both manufacturers are headquartered in Hangzhou.');
    expect(facts(x)).toEqual(expect.arrayContaining(['Vexa Vision Co., Ltd. LOCATED_IN Hangzhou', 'Corvid Labs Co., Ltd. LOCATED_IN Hangzhou']));
    const named = await extract('The control centre went to Norvan Systems Ltd and Sabre Optics Ltd. Two Yangon-based integrators, Delta Security Ltd and Orbit Technologies Ltd, won those tenders.');
    expect(facts(named).filter((f) => f.endsWith('LOCATED_IN Yangon'))).toEqual(['Delta Security Ltd LOCATED_IN Yangon', 'Orbit Technologies Ltd LOCATED_IN Yangon']);
  });
  it('reads "both firms" after a date as the two companies the text has named most nearby, not a source cited in passing', async () => {
    const x = await extract('The partner of Korvan Telecom is Vexa Vision Co., Ltd. (Vexa), a Hangzhou camera maker. '
      + 'Corvid Labs Co., Ltd. has sold cameras in Kazakhstan since 2015, according to Sabre Media Group, and Corvid Labs devices watch Almaty. '
      + 'In October 2019 both firms were added to the Entity List by the Bureau of Industry and Security (BIS).');
    const designated = facts(x).filter((f) => f.startsWith('Bureau of Industry and Security SANCTIONS')).map((f) => f.split(' SANCTIONS ')[1]);
    expect(designated).toEqual(['Corvid Labs Co., Ltd.', 'Vexa Vision Co., Ltd.']);
  });
  it('reads "the city" as the city a report is about, over a city named in passing nearer to it', async () => {
    const text = 'Rosario turned on face scanning on Thursday. The software was supplied by Vexa Soft S.A., a local firm. Rosario has 7,000 cameras in its streets. '
      + 'Its product runs on an engine licensed from Corvid Labs, a Minsk firm known for its FaceSeek app. '
      + 'The cameras are watched by the city\'s Department of Security.';
    const found = facts(await extract(text)).filter((f) => f.startsWith('Department of Security LOCATED_IN'));
    expect(found).toEqual(['Department of Security LOCATED_IN Rosario']);
  });
  it('reads "the system" as the programme a report is about, over a product named in passing nearer to it', async () => {
    const text = 'The city of Rosario on Thursday began scanning faces at its stations. Rosario runs 7,000 cameras, and Rosario police watch them. '
      + 'The Rosario Fugitive Recognition System (RFRS) uses 300 of those cameras. The software was supplied by Vexa Soft S.A., a local firm. '
      + 'Its product runs on an engine licensed from Corvid Labs, a Minsk firm known for its FaceSeek app. The city pays for the cameras. '
      + 'Officials put the cost at 2 million pesos. The system is run by the city\'s Ministry of Justice and Security.';
    const found = facts(await extract(text)).filter((f) => f.includes(' OPERATES '));
    expect(found).toEqual(['Ministry of Justice and Security OPERATES Rosario Fugitive Recognition System']);
  });
  it('reads "the network" far from any name as the programme the text keeps naming', async () => {
    const x = await extract('The Dushanbe Safe City programme began in 2013. Dushanbe Safe City links 800 cameras. Huawei installed the cameras at junctions. The cameras cover the squares. Officials praised the speed. Crime fell, they said. The network is run by the Ministry of Internal Affairs.');
    expect(facts(x).filter((f) => f.includes(' OPERATES '))).toEqual([expect.stringMatching(/^Ministry of Internal Affairs.* OPERATES Dushanbe Safe City/)]);
  });
  it('reads "the company" and "it" as the entity named just before', async () => {
    expect(facts(await extract('NtechLab was founded in Moscow in 2015. The company supplies facial recognition to the city of Moscow.'))).toContain('NtechLab SUPPLIES Moscow');
  });
  it('reads "the Department of the Treasury\'s Office of Foreign Assets Control" as the office, part of the department, doing what the sentence says', async () => {
    const x = await extract('The Department of the Treasury\'s Office of Foreign Assets Control (OFAC) today designated Intellexa S.A., a Greek company.');
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const office = x.entities.find((e) => /Foreign Assets Control|OFAC/.test(e.name))!;
    expect(office.name).not.toMatch(/Treasury/);
    const said = x.relations.map((r) => `${names.get(r.source)} ${r.type} ${names.get(r.target)}`);
    expect(said).toEqual(expect.arrayContaining([`${office.name} SANCTIONS Intellexa S.A.`, `${office.name} PART_OF US Department of the Treasury`]));
    expect(said.filter((f) => f.startsWith('US Department of the Treasury'))).toEqual([]);
  });
  it('keeps a possessive that is part of a name: "People\'s Government Public Security Bureau"', async () => {
    const x = await extract('The US Department of Commerce added the Xinjiang Uyghur Autonomous Region People\'s Government Public Security Bureau to its Entity List.');
    expect(x.entities.map((e) => e.name)).toContain('Xinjiang Uyghur Autonomous Region People\'s Government Public Security Bureau');
  });
  it('reads a body "of the" union or state it belongs to as one name, but a body of another body as two', async () => {
    const names = async (t: string) => (await extract(t)).entities.map((e) => e.name);
    expect(await names('The Council of the EU listed NtechLab in July 2023.')).toContain('Council of the EU');
    expect(await names('The Ministry of Internal Affairs of the Republic of Uzbekistan runs the system.')).toContain('Ministry of Internal Affairs of the Republic of Uzbekistan');
    expect(facts(await extract('The contract was signed by the Department of Digitalization of the Akimat of Almaty.'))).toContain('Department of Digitalization PART_OF Akimat of Almaty');
    expect((await names("The Ministry of Foreign Affairs of the People's Republic of China protested.")).filter((n) => n.endsWith('People'))).toEqual([]);
  });
  it('does not take the portfolio before a minister\'s title for a body ("Interior Secretary", "Cabinet Secretary"), but keeps a company before one', async () => {
    const x = await extract('Interior Secretary Eduardo Año and Cabinet Secretary Joseph ole Lenku met Sberbank CEO Herman Gref in Manila.');
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Eduardo Año', 'Sberbank']));
    expect(names.filter((n) => /^(Interior|Cabinet)$/.test(n))).toEqual([]);
  });
  it('reads "the company" with its name beside it as that name, not as the company named before', async () => {
    const x = await extract('Dahua makes cameras in Hangzhou. The Chinese company Hikvision sold cameras to Almaty.');
    expect(facts(x)).toContain('Hikvision SUPPLIES Almaty');
    expect(facts(x)).not.toContain('Dahua SUPPLIES Almaty');
  });
});

describe('document structure', () => {
  it('reads a singular possessive as no name of a list in its own sentence ("both A and B have used its processors" are the vendor\'s)', async () => {
    const found = facts(await extract('Vexa Corporation makes graphics processors. According to Vexa\'s own website, both Corvid Labs Ltd. and Sabre Vision LLC have used its graphics processors.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Corporation SUPPLIES Corvid Labs Ltd.', 'Vexa Corporation SUPPLIES Sabre Vision LLC']));
    expect(found.filter((f) => f.startsWith('Sabre Vision LLC SUPPLIES'))).toEqual([]);
  });
  it('types the value of an infobox "Parent:" line as a company, but not a name in its bracketed aside', async () => {
    expect(facts(await extract('Vexacam\n\nVexacam (Pty) Ltd is a South African company that runs street cameras in Johannesburg.\n\n'
      + 'Type: Private company\nParent: Vumatel (reported)\n\nVumatel began wiring the suburb of Parkhurst in 2015.\n'))).toContain('Vexacam SUBSIDIARY_OF Vumatel');
    const aside = facts(await extract('Corvid Security\n\nCorvid Security is a Russian maker of network scanners.\n\nParent: Sabre Group PJSC (listed on the Moscow Exchange since 2021)\n'));
    expect(aside).toContain('Corvid Security SUBSIDIARY_OF Sabre Group PJSC');
    expect(aside.filter((f) => f.includes('Moscow Exchange'))).toEqual([]);
  });
  it('reads a possessive opening a sentence as the last sentence\'s subject, before the page\'s topic ("... fined Corvid. Its chairman, X, warned")', async () => {
    const found = facts(await extract('Corvid Labs\n\nCorvid Labs, Inc. is an American company that sells a face search engine to police forces. '
      + 'The company says its database holds billions of images.\n\nIn 2024 the Vexa Data Protection Authority fined Corvid Labs EUR 30 million. '
      + 'Its chairman, Anna Sabre, warned that companies using the service could face fines too.\n'));
    expect(found).toContain('Anna Sabre LEADS Vexa Data Protection Authority');
    expect(found.filter((f) => f.startsWith('Anna Sabre LEADS Corvid'))).toEqual([]);
  });
  it('reads "the company" after a page\'s infobox lines as the page\'s topic, however many lines back it was named, not the last value of a line', async () => {
    const found = facts(await extract('Vexa Speech\n\nVexa Speech Co., Ltd. is a Chinese software company specialising in speech recognition. It supplies public security agencies.\n\n'
      + 'Type: Public company\nIndustry: Speech technology\nFounded: 1999\nFounders: Anna Sabre and others\nKey people: Anna Sabre (chairman)\nProducts: voice assistants\n'
      + 'Major shareholder: Corvid Mobile (about 15 percent)\n\nHistory\n\nThe company was started in Hefei in 1999 by a group of researchers.\n'));
    expect(found.filter((f) => f.endsWith('LOCATED_IN Hefei'))).toEqual(['Vexa Speech LOCATED_IN Hefei']);
  });
  it('passes a subject pronoun\'s entity on to the next subject pronoun, not to the company bought in the sentence between', async () => {
    const found = facts(await extract('Vexa Systems\n\nVexa Systems, Inc. is an American maker of radios.\n\nAcquisitions\nFrom 2015 the company bought a series of businesses:\n'
      + '- In 2016 it purchased Corvid Networks, which runs a radio network in Britain.\n- In 2018 it acquired Sabre Optics Corporation, a Canadian camera maker.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Systems OWNS Corvid Networks', 'Vexa Systems OWNS Sabre Optics Corporation']));
    expect(found.filter((f) => f.startsWith('Corvid Networks OWNS'))).toEqual([]);
  });
  it('reads a word NER takes for a place, which the document names as a company with a legal form, as that company ("Clearview" after "Clearview AI Inc.")', async () => {
    const found = facts(await extract('Clearview AI Inc. sells software to police in the United States.\nThe Vexa Data Protection Office (VDPO) fined Clearview £7.5 million in May 2022.'));
    expect(found).toContain('Vexa Data Protection Office SANCTIONS Clearview AI Inc.');
  });
  it('reads a procurement notice\'s contractor line as supplying the contracting authority its header names, whatever the page\'s topic', async () => {
    const text = 'Award notice: Lira city camera network\n\nContracting authority: Ministry of Internal Affairs of the Republic of Uganda (MIA), Kampala, Uganda\n'
      + 'Contractor: Vexa Vision Technologies Co., Ltd., Nanshan District, Shenzhen, China\nValue: USD 12 million\n';
    const found = facts(await extract(text));
    expect(found).toContain('Vexa Vision Technologies Co., Ltd. SUPPLIES Ministry of Internal Affairs of the Republic of Uganda');
    expect(found.filter((f) => /^(Nanshan|Shenzhen) SUPPLIES/.test(f))).toEqual([]);
  });
  it('does not read a programme\'s contractor line as the contractor developing the programme', async () => {
    const x = await extract('Safe Lira\n\nContractor: Vexa Vision Technologies Co., Ltd., Beijing, China\nOperator: Uganda Police Force\n\n'
      + 'Safe Lira is a camera network in Lira. Safe Lira began in 2019 and Safe Lira links 300 cameras.');
    expect(facts(x).filter((f) => f.includes('DEVELOPS'))).toEqual([]);
  });
  it('reads infobox lines as facts about the page\'s topic', async () => {
    const x = await extract('NtechLab\n\nFounded: 2015\nFounders: Artem Kukharenko, Alexander Kabakov\nHeadquarters: Moscow\n\nNtechLab is a Russian developer of facial recognition software.');
    expect(facts(x)).toEqual(expect.arrayContaining(['Artem Kukharenko FOUNDED NtechLab', 'Aleksandr Kabakov FOUNDED NtechLab', 'NtechLab LOCATED_IN Moscow']));
  });
  it('reads an infobox key in the singular as the same key as its plural ("Major shareholder:" as "Major shareholders:")', async () => {
    const x = await extract('Vexa Speech\n\nFounded: 1999\nMajor shareholder: Corvid Mobile Communications Co., Ltd.\n\nVexa Speech is a Chinese developer of speech recognition software.');
    expect(facts(x).filter((f) => /^Corvid Mobile Communications .* OWNS Vexa Speech$/.test(f))).toHaveLength(1);
  });
  it('reads a Federal Register notice\'s "AGENCY:" line as the issuing body within its department, and bodies issuing together as no part of one another (the "Department" of "Department of Defense" describes no other body)', async () => {
    const one = facts(await extract('DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\nAGENCY: Bureau of Industry and Security, Commerce.\n\nACTION: Final rule.'));
    expect(one).toContain('Bureau of Industry and Security PART_OF US Department of Commerce');
    const together = facts(await extract('Federal Acquisition Regulation\n\nAGENCY: Department of Defense (DoD), General Services Administration (GSA), and National Aeronautics and Space Administration (NASA).\n\nACTION: Interim rule.'));
    expect(together.filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
  it('reads a key person\'s bracket: a founder founded the topic, a head leads it, or leads the body the bracket names', async () => {
    const x = await extract('Vexa Vision\n\nHeadquarters: Hangzhou, Zhejiang, China\nKey people: Li Ming (founder and president), Wang Lin (co-founder)\n\n'
      + 'Vexa Vision is a camera maker. Vexa Vision sells cameras to police.');
    const found = facts(x);
    expect(found).toEqual(expect.arrayContaining(['Li Ming FOUNDED Vexa Vision', 'Li Ming LEADS Vexa Vision', 'Wang Lin FOUNDED Vexa Vision', 'Hangzhou LOCATED_IN China']));
    expect(found).not.toContain('Wang Lin LEADS Vexa Vision');
  });
  it('reads a key person\'s bracket naming a body as leading that body, not the page\'s topic', async () => {
    const found = facts(await extract('Corvid Network\n\nKey people: Ivan Petrov (CEO, Sabre Telecom Group)\n\nCorvid Network is a camera network run in Almaty. Corvid Network began in 2017.'));
    expect(found).toContain('Ivan Petrov LEADS Sabre Telecom Group');
    expect(found.filter((f) => f.startsWith('Ivan Petrov LEADS Corvid'))).toEqual([]);
  });
  it('reads a page\'s title as a name where the tagger sees a verb ("Face Pay"), its bracket as no topic, and a headline as no name', async () => {
    const page = 'Face Pay (Moscow Metro)\n\nLocation: Moscow, Russia\n\nFace Pay is a ticketing system that lets riders pay with their faces. Riders liked Face Pay because it uses facial recognition.';
    const x = await extract(page);
    expect(facts(x)).toEqual(expect.arrayContaining(['Face Pay LOCATED_IN Moscow']));
    expect(facts(x).filter((f) => f.startsWith('Moscow Metro LOCATED_IN'))).toEqual([]);
    const headline = await extract('Moscow Rolls Out Cameras\n\nThe city said the cameras would watch the metro.');
    expect(headline.entities.map((e) => e.name).filter((n) => /Out Cameras/.test(n))).toEqual([]);
  });
  it('takes an infobox key for a field, not a name, and a name opening with digits ("24x7 Panoptes") for one name wherever it is written', async () => {
    const x = await extract('Minsk city cameras\n\nOperator / contractor: 24x7 Panoptes LLC, Minsk\n\nThe 2018 tender was won by 24x7 Panoptes, a member of the Synesis group.');
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain('Operator');
    expect(names).toContain('24x7 Panoptes LLC');
    const panoptes = x.entities.find((e) => e.name === '24x7 Panoptes LLC')!;
    expect(x.mentions.filter((m) => m.entityId === panoptes.id).map((m) => m.text)).toContain('24x7 Panoptes');
  });
  it('reads each item of a list as designated by the body the intro names', async () => {
    const x = await extract('The US Department of Commerce added the following companies to the Entity List:\n- Megvii\n- SenseTime\n- Yitu\n\nThe rule took effect at once.');
    expect(facts(x)).toEqual(expect.arrayContaining(['US Department of Commerce SANCTIONS Megvii', 'US Department of Commerce SANCTIONS SenseTime', 'US Department of Commerce SANCTIONS Yitu']));
  });
});

describe('every relation carries its sentence', () => {
  it('keeps quote, offsets, rule and confidence, the offsets slicing the quote out of the stored text', async () => {
    const x = await extract('Background first.\n\nDahua sold cameras to Minsk in 2017.');
    const [r] = x.relations;
    expect(r).toBeDefined();
    expect(x.document.text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.quote);
    expect(r!.evidence).toMatchObject({ rule: expect.any(String), confidence: expect.any(Number), year: 2017 });
  });
});

describe('when a fact holds', () => {
  it('does not give a bracketed aside the year and status of the clause around it', async () => {
    const x = await extract('Since 2019, cameras in Osh have been operating under a contract with Vega Radio Engineering Corporation (a subsidiary of Rostec).');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const subsidiary = x.relations.find((r) => r.type === 'SUBSIDIARY_OF' && name.get(r.target) === 'Rostec');
    expect(subsidiary).toBeDefined();
    expect(subsidiary!.evidence.year).toBeUndefined();
    expect(subsidiary!.evidence.status).toBeUndefined();
  });
});

describe('sales named by their noun', () => {
  it('reads sales or deliveries to a customer as supplied by whose sales they are, ended when halted, and a country\'s adjective before its police or law enforcement as the state', async () => {
    expect(facts(await extract('Vexa Systems halted its deliveries to Russia in March.'), true)).toContain('Vexa Systems SUPPLIES Russia (ended)');
    expect(facts(await extract('Corvid, a maker of phone forensics tools, said on Monday that it would halt its sales to Belarus and Russian government and police bodies.'), true))
      .toEqual(expect.arrayContaining(['Corvid SUPPLIES Russia (ended)', 'Corvid SUPPLIES Belarus (ended)']));
    expect(facts(await extract('Vexa Systems reported record sales in 2021.')).filter((f) => f.includes('SUPPLIES'))).toEqual([]);
  });
  it('reads a seller\'s sales or business in a country, and shipments to customers in one, as supplying it', async () => {
    expect(facts(await extract('Vexa Systems halted all of its business in Russia and Belarus at the start of March.'), true))
      .toEqual(expect.arrayContaining(['Vexa Systems SUPPLIES Russia (ended)', 'Vexa Systems SUPPLIES Belarus (ended)']));
    expect(facts(await extract('Rights groups named Corvid Vision a sponsor of war over its continued sales in Russia.'))).toContain('Corvid Vision SUPPLIES Russia');
    expect(facts(await extract('Vexa Systems, which had already suspended shipments to customers in both Russia and Belarus, said on April 5 that it would leave.')))
      .toEqual(expect.arrayContaining(['Vexa Systems SUPPLIES Russia', 'Vexa Systems SUPPLIES Belarus']));
  });
});

describe('a page and its sections', () => {
  it('reads "the firm" opening a section of a page about a company as that company, not the last company the section before named', async () => {
    const found = facts(await extract('Corvid Labs\n\nFounded: 2014\n\nCorvid Labs is a French artificial intelligence company whose face recognition software is used by city police.\n\n'
      + 'History\n\nThe company was set up in Lyon in 2014. Quick fundraising made Corvid Labs one of the best funded start-ups in Europe. '
      + 'A 2018 round was led by Bright Capital, and the Vexa Fund also became a shareholder. Qualcomm was an earlier backer.\n\n'
      + "Products\n\nThe firm's public-safety platform, FaceGate, analyses video streams from city cameras."));
    expect(found).toContain('Corvid Labs DEVELOPS FaceGate');
    expect(found.filter((f) => f.startsWith('Qualcomm DEVELOPS'))).toEqual([]);
  });
});

describe('a programme named once, in full, and spoken of later', () => {
  it('reads a name a comma and "and" split as one programme, and "the system" paragraphs later as that programme', async () => {
    const found = facts(await extract('The National Surveillance, Communication and Control System was built by Vexa Telecom in 2015. Vexa also sells cameras in Uganda. '
      + 'It opened an office in Zambia in 2017. Critics say its cameras are used to follow journalists. Such deals are common in the region. '
      + 'Such deals have drawn criticism. The National Police Service now runs the system.'));
    expect(found).toEqual(expect.arrayContaining([
      'Vexa Telecom SUPPLIES National Surveillance, Communication and Control System',
      'National Police Service OPERATES National Surveillance, Communication and Control System',
    ]));
  });
  it('reads "the complex" far after the one programme named once as that programme', async () => {
    expect(facts(await extract("The region's Safe City complex dates back to 2014. Vexa Vision said it had started pilots in ten cities. "
      + 'Its co-founder said part of the network could be working by 2020. The governor said the cost had not been set. Officials declined to comment further. '
      + 'The complex is run by the regional Centre for Digital Projects, while the police work with the footage.'))).toContain('Centre for Digital Projects OPERATES Safe City');
  });
  it('keeps a list of company names a list', async () => {
    const x = await extract('The police bought cameras from Hikvision, Dahua and Uniview Technologies in 2019.');
    expect(x.entities.map((e) => e.name).filter((n) => n.includes(','))).toEqual([]);
  });
});

describe('the contractor of a programme', () => {
  it('reads "the contractor was X" as X supplying the programme the text is about, not as a pointer back to a company', async () => {
    const x = await extract("Dushanbe's Safe City programme began in 2013 with a loan from China. The Shanghai Cooperation Organisation met in Dushanbe that year. "
      + 'The contractor was Vexa Technologies Co., Ltd., present in Tajikistan since 2001 through its subsidiary, Vexa Technologies Tajikistan LLC.');
    const found = facts(x);
    expect(found).toContain('Vexa Technologies Co., Ltd. SUPPLIES Safe City');
    expect(found.filter((f) => f.includes('Shanghai Cooperation Organisation') && !f.includes('LOCATED_IN'))).toEqual([]);
  });
  it('does not read the largest of several suppliers as the contractor of the programme', async () => {
    expect(facts(await extract("Belgrade's Safe City programme began in 2019. Towns bought cameras from many firms. The largest supplier was Vexa Security, with 14 contracts.")))
      .not.toContain('Vexa Security SUPPLIES Safe City');
  });
});

describe('a body set beside the body it belongs to', () => {
  it('reads a centre "which is part of GCHQ" as part of the agency the catalog knows by that short name', async () => {
    expect(facts(await extract('That decision followed advice from the National Cyber Security Centre (NCSC), which is part of GCHQ.')))
      .toContain('National Cyber Security Centre PART_OF Government Communications Headquarters');
  });
  it('reads a group described as at a university as part of it, and a company described as at a place as no part of anything', async () => {
    expect(facts(await extract('In 2021 the Vexa Lab, a research group at the University of Norvan, said the phones had been hacked.'))).toContain('Vexa Lab PART_OF University of Norvan');
    expect(facts(await extract('Corvid Labs, a start-up at the Norvan Technology Park, sells cameras.')).filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
  it('reads a body that answers to or operates under another as part of it, and one operating under a law as part of nothing', async () => {
    expect(facts(await extract('The Vexa City Police, which answers to the Union Ministry of Home Affairs, began using face recognition in 2018.'))).toContain('Vexa City Police PART_OF Union Ministry of Home Affairs');
    expect(facts(await extract('The National Corvid Security Centre (NCSC), which operates under the Ministry of National Defence, today presented its report.'))).toContain('National Corvid Security Centre PART_OF Ministry of National Defence');
    expect(facts(await extract('The Sabre Data Agency operates under the Sabre Data Protection Act of 2019.')).filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
  it('reads a name opening with "Government" as a government body, and so part of the office it is a unit of', async () => {
    const x = await extract('The decision follows a review by the Government Camera Review Group (GCRG), a unit of the Cabinet Office, into Chinese-made cameras.');
    expect(x.entities.find((e) => e.name === 'Government Camera Review Group')?.type).toBe('Agency');
    expect(facts(x)).toContain('Government Camera Review Group PART_OF Cabinet Office');
  });
});

describe('a body and the place whose body it is', () => {
  it('reads a city\'s own body as located in the city, but a state\'s ministry as having the state for its country, not a seat', async () => {
    const x = await extract("Moscow's Department of Information Technologies runs the cameras. China's Ministry of Public Security met the department in 2019.");
    const found = facts(x);
    expect(found).toContain('Department of Information Technologies LOCATED_IN Moscow');
    expect(found.filter((f) => f.startsWith('Ministry of Public Security LOCATED_IN'))).toEqual([]);
  });
});

describe('a place set beside what holds it', () => {
  it('reads a city set beside "the capital of" a country or province as located in it', async () => {
    const found = facts(await extract('Dushanbe, the capital of Tajikistan, bought cameras from Vexa Vision in 2013. Bokhtar, the capital of Khatlon province, followed in 2024.'));
    expect(found).toEqual(expect.arrayContaining(['Dushanbe LOCATED_IN Tajikistan']));
  });
});

describe('where a programme is at work', () => {
  it('reads a programme operating, appearing or spreading in places as located in them, with the year', async () => {
    const x = await extract('From 2017 onwards, Sergek camera complexes have been working in the largest towns of Kazakhstan. '
      + 'The Vexa programme appeared in the capital in 2018 and spread to Almaty and Shymkent.');
    const found = facts(x);
    expect(found).toEqual(expect.arrayContaining(['Sergek LOCATED_IN Kazakhstan', 'Vexa LOCATED_IN Almaty', 'Vexa LOCATED_IN Shymkent']));
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.find((r) => name.get(r.target) === 'Kazakhstan')?.evidence.year).toBe(2017);
  });
  it('does not read a company operating in a country as a programme located there', async () => {
    expect(facts(await extract('Hikvision has been operating in Kazakhstan since 2015.')).filter((f) => f.includes('LOCATED_IN'))).toEqual([]);
  });
});

describe('where things are, from how names are written', () => {
  it('reads a place\'s company as in the place in prose, but not words in capitals after a possessive in a headline', async () => {
    const found = facts(await extract("Eyes on the Street: Foreign Cameras and Lyon's Face Matching Systems\n\nLast year Lyon's Corvid Labs sold cameras to the city police."));
    expect(found).toContain('Corvid Labs LOCATED_IN Lyon');
    expect(found.filter((f) => f.startsWith('Face Matching'))).toEqual([]);
  });
  it('reads a word of a company\'s own name as describing nothing: "Vexa Group ..., of Singapore" is no group of Singapore', async () => {
    const found = facts(await extract('SUMMARY: The Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding four entities to the Entity List: '
      + 'Vexa Group and Corvid Labs, both of Israel; Bright Technologies, of Russia; and Stone Security Consultancy PTE. LTD. (SSC), of Singapore.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Group LOCATED_IN Israel', 'Corvid Labs LOCATED_IN Israel', 'Bright Technologies LOCATED_IN Russia']));
    expect(found.filter((f) => f.endsWith('LOCATED_IN Singapore') && !f.startsWith('Stone'))).toEqual([]);
  });
  it('reads a participle after a comma as said of the name just before it, and one that says "both" as said of both', async () => {
    const found = facts(await extract('BIS also added three Vexa entities to the Entity List: AO Vexa Lab and OOO Vexa Group, both in Russia, and Vexa Labs Limited, registered in the United Kingdom.'));
    expect(found.filter((f) => f.endsWith('LOCATED_IN United Kingdom'))).toEqual(['Vexa Labs Limited LOCATED_IN United Kingdom']);
    const both = facts(await extract('The order names Vexa Vision Co., Ltd. and Corvid Labs Co., Ltd., both headquartered in Hangzhou.'));
    expect(both.filter((f) => f.endsWith('LOCATED_IN Hangzhou'))).toEqual(['Corvid Labs Co., Ltd. LOCATED_IN Hangzhou', 'Vexa Vision Co., Ltd. LOCATED_IN Hangzhou']);
  });
  it('reads a name set before a product\'s noun ("Corvid tools") as the company the document calls it elsewhere, not a product of that name', async () => {
    const x = await extract('Activists say Corvid tools helped police break into phones. Corvid, a forensics company in Tel Aviv, makes software for police.');
    expect(x.entities.find((e) => e.name === 'Corvid')?.type).toBe('Company');
  });
  it('reads a region\'s or a people\'s police, army or administration named by common nouns as a body ("the Hessian state police", "the Almaty city administration"), not a president\'s administration or a count', async () => {
    const x = await extract('Vexa Systems sold the licence to the Hessian state police in 2017. The Almaty city administration signed a partnership with Corvid Telecom. '
      + 'In 2018 the Kenyatta administration announced a broadband plan for Kenya. Eleven police stations got cameras.');
    const bodies = x.entities.filter((e) => e.type === 'Agency').map((e) => e.name);
    expect(bodies).toEqual(expect.arrayContaining(['Hessian state police', 'Almaty city administration']));
    expect(bodies.filter((n) => /Kenyatta|Eleven/.test(n))).toEqual([]);
    expect(facts(x)).toContain('Vexa Systems SUPPLIES Hessian state police');
  });
  it('reads a name said to be based somewhere ("Canada-based Sandvine") as a company based there, whatever NER takes it for', async () => {
    const x = await extract('Regulators reviewed the sale of Canada-based Sandvine to a US fund.');
    expect(x.entities.find((e) => e.name === 'Sandvine')?.type).toBe('Company');
    expect(facts(x)).toContain('Sandvine LOCATED_IN Canada');
  });
  it('reads the destination an Entity List rule files a party under as its country, but not destinations given "respectively"', async () => {
    const found = facts(await extract('Under the destination of Israel, BIS is adding Vexa Group, located in Herzliya, and Corvid, a Tel Aviv company. '
      + 'They are added under the destination of China by the names Kestrel Integrated Circuit and Norvan Microelectronics Technology. '
      + 'Under the destinations of Russia and Singapore, respectively, BIS is adding Talon Technologies, a Moscow-based company, and Sabre Consultancy Pte. Ltd.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Group LOCATED_IN Israel', 'Corvid LOCATED_IN Israel', 'Kestrel Integrated Circuit LOCATED_IN China']));
    expect(found.filter((f) => /LOCATED_IN (Russia|Singapore)/.test(f) && !f.startsWith('Talon Technologies LOCATED_IN Russia'))).toEqual([]);
  });
  it('reads a registered company "in" a country in a list of designated parties as located there, the one joined to it too when "both" says so, and not a bare brand', async () => {
    const found = facts(await extract('The same day BIS placed AO Vexa Lab and OOO Vexa Group, both in Russia, and Vexa Labs Limited, in the United Kingdom, on the Entity List. '
      + 'OFAC also named Kestrel Trade Pte Ltd in Singapore. Corvid sold cameras in Kenya.'));
    expect(found).toEqual(expect.arrayContaining(['AO Vexa Lab LOCATED_IN Russia', 'OOO Vexa Group LOCATED_IN Russia', 'Vexa Labs Limited LOCATED_IN United Kingdom', 'Kestrel Trade Pte Ltd LOCATED_IN Singapore']));
    expect(found.filter((f) => f.startsWith('Corvid LOCATED_IN'))).toEqual([]);
  });
  it('reads a name NER takes for a person as the company its description calls it ("Fortap, an importer set up in St Petersburg")', async () => {
    const x = await extract('Korvap, an importer set up in St Petersburg in April, took in at least $138 million of electronics.');
    expect(x.entities.find((e) => e.name === 'Korvap')?.type).toBe('Company');
    expect(facts(x)).toContain('Korvap LOCATED_IN Saint Petersburg');
  });
  it('reads a singular description as said of the one name it is set beside, not of the names listed with it', async () => {
    const found = facts(await extract('Norvan Communications Limited (Norvan), a Shenzhen manufacturer of two-way radios, Vexa Vision Company (Vexa) and Corvid Labs Company (Corvid) were named in the order.'));
    expect(found.filter((f) => f.includes('LOCATED_IN Shenzhen'))).toEqual(['Norvan Communications Limited LOCATED_IN Shenzhen']);
  });
  it('reads an address line as the body\'s seat in its city, street and district words between, and a sentence with a verb as no address', async () => {
    const notice = await extract('Contracting authority: Vexa Regional Police Department (VRPD), Almaty\n\n'
      + 'Corvid Labs Co., Ltd., a.k.a. Corvid, No. 12 Qianmo Road, Binjiang District, Hangzhou, Zhejiang, China.\n');
    expect(facts(notice)).toEqual(expect.arrayContaining(['Vexa Regional Police Department LOCATED_IN Almaty', 'Corvid Labs Co., Ltd. LOCATED_IN Hangzhou']));
    const prose = await extract('Corvid Labs Co., Ltd. sells cameras to the police, Hangzhou, Zhejiang.');
    expect(prose.relations.filter((r) => r.evidence.rule === 'located-address')).toEqual([]);
  });
  it('reads where a body was set up or founded as where it is, and never its founder\'s place', async () => {
    const found = facts(await extract('Vexa Labs Ltd. was set up in Hong Kong in 2014 by Anna Sabre, a professor. Corvid Group was founded in Abu Dhabi, United Arab Emirates, in 2015 by Ivan Petrov.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Labs Ltd. LOCATED_IN Hong Kong', 'Corvid Group LOCATED_IN Abu Dhabi']));
    expect(found.filter((f) => f.startsWith('Anna Sabre LOCATED_IN') || f.startsWith('Ivan Petrov LOCATED_IN'))).toEqual([]);
  });
  it('reads a place followed by the places that hold it, but not a list of places', async () => {
    expect(facts(await extract('The company moved its offices to Jinan, Shandong, China in 2009.'))).toEqual(expect.arrayContaining([
      'Jinan LOCATED_IN Shandong', 'Shandong LOCATED_IN China',
    ]));
    expect(facts(await extract('Cameras went up in Nairobi, Mombasa and Kisumu.')).filter((f) => f.includes('LOCATED_IN'))).toEqual([]);
  });
  it('does not put a place inside the country whose body is named after it ("in Beijing, Tajikistan\'s Ministry of Finance")', async () => {
    expect(facts(await extract("On 20 May 2013, in Beijing, Tajikistan's Ministry of Finance signed a loan agreement.")).filter((f) => f.startsWith('Beijing LOCATED_IN'))).toEqual([]);
  });
  it('reads a place in the description written before a name ("the Moscow company Norsi-Trans")', async () => {
    expect(facts(await extract('Huawei plans to produce server equipment on the basis of the Moscow company Vexa-Trans.'))).toContain('Vexa-Trans LOCATED_IN Moscow');
    expect(facts(await extract('The centre was delivered with the local subsidiary of the Shenzhen group Vexa Vision Technologies Co., Ltd. in 2016.'))).toContain(
      'Vexa Vision Technologies Co., Ltd. LOCATED_IN Shenzhen',
    );
  });
  it('reads "both based in" said of two companies, as an apposition or as the parser\'s preposition', async () => {
    expect(facts(await extract('It shares its home city with two much larger competitors, Vexa Vision and Corvid Labs, both likewise headquartered in Chengdu, and Chinese trade writers often bundle the three together.'))).toEqual(
      expect.arrayContaining(['Vexa Vision LOCATED_IN Chengdu', 'Corvid Labs LOCATED_IN Chengdu']),
    );
    expect(facts(await extract('Processors made by Vexa Micro Corp and Corvid Chips Corp, both based in Santa Clara, California, have powered the Harbin Data Centre since 2016.'))).toEqual(
      expect.arrayContaining(['Vexa Micro Corp LOCATED_IN Santa Clara', 'Corvid Chips Corp LOCATED_IN Santa Clara']),
    );
  });
  it('reads a key-value line\'s company followed by its town, with or without its short name in brackets between', async () => {
    expect(facts(await extract('Contractor: Vexa Vision Technologies Co., Ltd. (VVT), Chengdu, China'))).toContain('Vexa Vision Technologies Co., Ltd. LOCATED_IN Chengdu');
  });
  it('reads whose headquarters are where ("visited Huawei\'s headquarters in Shenzhen", "which has its headquarters in Israel")', async () => {
    const found = facts(await extract('In 2018 a delegation visited Vexa Vision Ltd\'s headquarters in Hangzhou. Corvid Labs Ltd, which has its headquarters in Israel, was added to the list.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Vision Ltd LOCATED_IN Hangzhou', 'Corvid Labs Ltd LOCATED_IN Israel']));
  });
  it('reads the city a description set beside a company opens with as its seat ("NtechLab, the Moscow developer"), not a market it is listed on', async () => {
    const found = facts(await extract('Vexa Electronics JSC, the Minsk designer of the Arm-based V-1 and V-2 chips, and the Minsk Center of Optics (MCO), which develops the Orbit line, were added to the list. '
      + 'The system, FaceLive, is supplied by Corvid Labs Corporation, the Osaka-based electronics and IT group, which sells the same product to the Kent Police. '
      + 'Sabre Optics, a Hong Kong-listed company, declined to comment.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Electronics JSC LOCATED_IN Minsk', 'Corvid Labs Corporation LOCATED_IN Osaka']));
    expect(found.filter((f) => f.startsWith('Sabre Optics LOCATED_IN'))).toEqual([]);
  });
  it('reads a company "of" its country, shared by the names it is said of together', async () => {
    expect(facts(await extract('The Bureau added NSO Group and Candiru, both of Israel, and Positive Technologies, of Russia, to the Entity List.'))).toEqual(expect.arrayContaining([
      'NSO Group LOCATED_IN Israel', 'Candiru LOCATED_IN Israel', 'Positive Technologies LOCATED_IN Russia',
    ]));
  });
  it('reads a company named as another\'s name and a country\'s as its arm there ("Huawei Kenya")', async () => {
    const x = await extract('Vexa Vision Co., Ltd. makes cameras in Chengdu. Its local arm, Vexa Vision Iran, sells them to the police, and Vexa Vision (Kenya) Co., Limited opened in 2019.');
    expect(x.entities.find((e) => e.name === 'Vexa Vision Iran')?.type).toBe('Company');
    expect(facts(x)).toEqual(expect.arrayContaining(['Vexa Vision Iran SUBSIDIARY_OF Vexa Vision Co., Ltd.', 'Vexa Vision (Kenya) Co., Limited SUBSIDIARY_OF Vexa Vision Co., Ltd.']));
    expect(x.relations.find((r) => r.evidence.rule === 'national-arm')?.evidence.quote).toMatch(/^Its local arm, Vexa Vision Iran/);
  });
  it('does not read a state body named after its country as an arm of anything', async () => {
    expect(facts(await extract('Kenya Police bought cameras. The Kenya Police Service said so.')).filter((f) => f.includes('SUBSIDIARY_OF'))).toEqual([]);
  });
  it('reads a company described as one of a group as the group\'s subsidiary, and a maker of a product as no subsidiary of it', async () => {
    const found = facts(await extract('Vexa Panoptes Ltd, a company in the Corvid Systems group, runs the cameras. Norvan Radio Ltd, a Russian firm within the Sabre Holding state group, built the first stage. '
      + 'Orbit Vision Ltd, the Minsk-based maker of Delta Eye cameras, sells abroad.'));
    expect(found).toEqual(expect.arrayContaining(['Vexa Panoptes Ltd SUBSIDIARY_OF Corvid Systems', 'Norvan Radio Ltd SUBSIDIARY_OF Sabre Holding']));
    expect(found.filter((f) => f.startsWith('Orbit Vision Ltd SUBSIDIARY_OF'))).toEqual([]);
  });
  it('reads a company counting others among its shareholders or investors as owned by them', async () => {
    expect(facts(await extract('Corvid Vision counts Sabre Capital Partners, a unit of the state bank, among its shareholders.'))).toContain('Sabre Capital Partners OWNS Corvid Vision');
    expect(facts(await extract('Corvid Vision Ltd was founded in 2015. The firm counts state conglomerate Rostec and billionaire Ivan Petrov among its investors.'))).toContain('Rostec OWNS Corvid Vision Ltd');
    // The parser may hang the names on the description before them: "counts the state conglomerate Rostec and the ... Fund (RDIF)".
    expect(facts(await extract('Corvid Vision counts the state conglomerate Rostec and the Sabre Direct Investment Fund (SDIF) among its shareholders.'))).toEqual(expect.arrayContaining([
      'Rostec OWNS Corvid Vision', 'Sabre Direct Investment Fund OWNS Corvid Vision',
    ]));
  });
  it('does not read a company counting others among its customers as owned by them', async () => {
    expect(facts(await extract('Corvid Vision counts Sabre Capital Partners among its customers.')).filter((f) => f.includes('OWNS'))).toEqual([]);
  });
  it('reads a shareholding held in a company as owning it', async () => {
    expect(facts(await extract('The Government of Kenya holds a 35 per cent shareholding in Vexa Telecom Ltd.'))).toContain('Kenya OWNS Vexa Telecom Ltd');
  });
  it('reads the one who remains a company\'s largest shareholder as owning it, and its founder and chief executive named beside as leading it', async () => {
    const found = facts(await extract('Vexa Vision Co., Ltd. was founded by its chairman, Li Ming, who remains its largest shareholder. '
      + 'Neither the company itself nor its founder and chief executive, Wang Lin, was placed under sanctions.'));
    expect(found).toEqual(expect.arrayContaining(['Li Ming OWNS Vexa Vision Co., Ltd.', 'Wang Lin LEADS Vexa Vision Co., Ltd.']));
    const agency = facts(await extract('Vexa Vision Co., Ltd. sells cameras. The Office of Foreign Assets Control did not designate the company itself, nor its founder and chief executive, Wang Lin.'));
    expect(agency.filter((f) => f.startsWith('Wang Lin LEADS Office'))).toEqual([]);
  });
  it('reads a shareholder named in a clause about the company ("whose largest shareholder is")', async () => {
    expect(facts(await extract('Hikvision, whose largest shareholder is China Electronics Technology Group Corporation, denied the claims.'))).toContain(
      'China Electronics Technology Group Corporation OWNS Hikvision',
    );
  });
});

describe('orders, fines and funding rounds', () => {
  it('reads the companies a law names as restricted by it ("one of the five companies named in Section 889")', async () => {
    const found = facts(await extract('Vexa Radio Ltd is one of the five Chinese companies named in Section 889 of the Defense Authorization Act for Fiscal Year 2019, which prohibits federal agencies from buying their equipment. '
      + 'Corvid Labs Ltd and Sabre Optics Ltd were named in Section 1260H of the Defense Authorization Act for Fiscal Year 2021.'));
    expect(found.filter((f) => / RESTRICTS (Vexa|Corvid|Sabre)/.test(f) && f.startsWith('Section'))).toHaveLength(3);
  });
  it('reads numbered decrees, resolutions and EU instruments as laws, and the instrument a body acts by as its own', async () => {
    const x = await extract('The Council of Ministers approved the regulations on the system by Resolution No. 841 of 10 November 2017. '
      + 'Presidential Decree No. 69 of 25 February 2022 named a new operator. On 17 December 2020 the Council of the European Union listed Vexa Systems LLC under Implementing Regulation (EU) 2020/2129. '
      + 'The listing was maintained by Decision (CFSP) 2021/353 of 25 February 2021.');
    const laws = x.entities.filter((e) => e.type === 'Law').map((e) => e.name);
    expect(laws).toEqual(expect.arrayContaining(['Resolution No. 841', 'Presidential Decree No. 69', 'Implementing Regulation (EU) 2020/2129', 'Decision (CFSP) 2021/353']));
    expect(facts(x)).toEqual(expect.arrayContaining(['Council of Ministers ENACTED Resolution No. 841', 'Implementing Regulation (EU) 2020/2129 RESTRICTS Vexa Systems LLC']));
    const under = facts(await extract('In 2020 the Office of Foreign Assets Control designated Vexa Systems LLC under Executive Order 13692.'));
    expect(under.filter((f) => f.includes('ENACTED'))).toEqual([]);
  });
  it('reads the order a designation is made under as restricting the one designated', async () => {
    const found = facts(await extract('On 3 May 2021 the Office of Foreign Assets Control designated Vexa Vision under Executive Order 14024. '
      + "In December the Treasury also blocked Corvid Labs' assets under Executive Order 14032."));
    expect(found).toEqual(expect.arrayContaining(['Executive Order 14024 RESTRICTS Vexa Vision', 'Executive Order 14032 RESTRICTS Corvid Labs']));
  });
  it('reads a ban on approving a vendor\'s goods as restricting the vendor ("banned the authorisation of new Vexa equipment")', async () => {
    const found = facts(await extract('In March 2023 the Federal Communications Commission banned the authorisation of new equipment made by Vexa Vision Ltd and Corvid Labs Ltd.'));
    expect(found).toEqual(expect.arrayContaining(['Federal Communications Commission RESTRICTS Vexa Vision Ltd', 'Federal Communications Commission RESTRICTS Corvid Labs Ltd']));
  });
  it('reads an order to stop installing a maker\'s goods as restricting the maker ("cameras from Chinese makers such as Vexa")', async () => {
    expect(facts(await extract('In 2023 the Danish government told its departments to stop installing cameras from Chinese makers such as Vexa Vision Ltd on military sites.')))
      .toContain('Denmark RESTRICTS Vexa Vision Ltd');
  });
  it('reads an order to stop as a restriction of the one ordered, and of goods departments are told to stop installing', async () => {
    expect(facts(await extract('In 2023 the Government of Canada ordered Hikvision Canada Inc. to cease its operations in the country.'), true)).toContain('Canada RESTRICTS Hikvision Canada Inc. (banned)');
    expect(facts(await extract('In 2022 the Cabinet Office told all departments to stop installing surveillance cameras on sensitive sites.'))).toContain('Cabinet Office RESTRICTS surveillance cameras');
    expect(facts(await extract('The Dutch Data Protection Authority fined Vexa Vision B.V. and ordered it to stop collecting data.'))).toEqual(expect.arrayContaining([
      'Dutch Data Protection Authority SANCTIONS Vexa Vision B.V.', 'Dutch Data Protection Authority RESTRICTS Vexa Vision B.V.',
    ]));
  });
  it('reads a law barring buyers from dealing with a vendor as restricting the vendor, not the buyers', async () => {
    const found = facts(await extract('From 2026, Section 805 of the FY2024 NDAA will prohibit the Department of Defense from contracting with firms such as Vexa Vision and Corvid Labs.'));
    expect(found).toEqual(expect.arrayContaining(['Section 805 RESTRICTS Vexa Vision', 'Section 805 RESTRICTS Corvid Labs']));
    expect(found.filter((f) => f.includes('RESTRICTS Department of Defense'))).toEqual([]);
    expect(facts(await extract('Executive Order 14032 prohibits Americans from investing in the securities of Vexa Vision Technologies since 2021.'))).toContain(
      'Executive Order 14032 RESTRICTS Vexa Vision Technologies',
    );
  });
  it('still reads a vendor barred from selling as the one restricted', async () => {
    expect(facts(await extract('In 2019 the Commerce Department barred Vexa Vision from selling cameras to federal agencies.'))).toContain('US Department of Commerce RESTRICTS Vexa Vision');
  });
  it('does not read an order to do something else as a restriction', async () => {
    expect(facts(await extract('The Government of Canada ordered Hikvision Canada Inc. to hand over its records.')).filter((f) => f.includes('RESTRICTS'))).toEqual([]);
  });
  it('reads the one fined when the amount follows it, and a currency code as no name', async () => {
    const x = await extract('In July 2022 the Hellenic Data Protection Authority fined Clearview AI EUR 20 million, and in 2023 the Garante fined Vexa Vision GBP 7,552,800.');
    expect(facts(x)).toContain('Hellenic Data Protection Authority SANCTIONS Clearview AI');
    expect(x.entities.map((e) => e.name).filter((n) => /EUR|GBP/.test(n))).toEqual([]);
  });
  it('does not read "it" as the one doing the ordering, under any of its names', async () => {
    const x = await extract('Clearview AI builds a face search engine. In 2022 the Hellenic Data Protection Authority (HDPA) fined the company and ordered it to stop processing data.');
    expect(facts(x)).toContain('Hellenic Data Protection Authority RESTRICTS Clearview AI');
    expect(facts(x).filter((f) => f.endsWith('RESTRICTS Hellenic Data Protection Authority'))).toEqual([]);
  });
  it('reads a notice\'s "AGENCY:" line as who designates in its passive sentences, not the department its header names', async () => {
    const notice = 'DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\nAddition of Certain Entities to the Entity List\n\nAGENCY: Bureau of Industry and Security, Commerce.\n\n'
      + 'ACTION: Final rule.\n\nSUMMARY: This rule adds two entities to the Entity List.\n\nVexa Systems Ltd and Corvid Labs Ltd are added to the list.';
    const found = facts(await extract(notice));
    expect(found).toEqual(expect.arrayContaining(['Bureau of Industry and Security SANCTIONS Vexa Systems Ltd', 'Bureau of Industry and Security SANCTIONS Corvid Labs Ltd']));
    expect(found.filter((f) => f.startsWith('US Department of Commerce SANCTIONS'))).toEqual([]);
  });
  it('reads a body placing someone under sanctions, and the state whose sanctions they are when no one is named', async () => {
    expect(facts(await extract('In November 2020 the US Treasury placed CEIEC under sanctions.'))).toContain('US Department of the Treasury SANCTIONS China National Electronics Import & Export Corporation');
    expect(facts(await extract('MCST and Baikal Electronics were placed under UK sanctions in 2022.'))).toEqual(expect.arrayContaining([
      'United Kingdom SANCTIONS MCST', 'United Kingdom SANCTIONS Baikal Electronics',
    ]));
    expect(facts(await extract('The cameras were placed under the supervision of the Ministry of Interior.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads a company being on a body\'s list as designated by that body, but not one criticising the list', async () => {
    expect(facts(await extract("Vexa Vision has been on the Commerce Department's Entity List since October 2019."))).toContain('US Department of Commerce SANCTIONS Vexa Vision');
    expect(facts(await extract("Vexa Vision has criticised the Commerce Department's Entity List since October 2019.")).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
  it('reads a backer or an investor named as such as funding the company, the page\'s topic when the sentence names none', async () => {
    const page = 'Vexa Vision\n\nVexa Vision is a Chinese maker of face recognition software. Vexa Vision sells to police forces. '
      + 'Its early growth relied on public money: the city government provided initial funding, and private investors including Sabre Capital Ltd and Orbit Holdings Ltd followed. '
      + 'Corvid Ventures was an earlier backer. Vexa Vision was listed in 2021.';
    expect(facts(await extract(page))).toEqual(expect.arrayContaining(['Sabre Capital Ltd FUNDS Vexa Vision', 'Orbit Holdings Ltd FUNDS Vexa Vision', 'Corvid Ventures FUNDS Vexa Vision']));
    expect(facts(await extract('Sabre Capital was an earlier backer. Private investors including Orbit Holdings followed.')).filter((f) => f.includes('FUNDS'))).toEqual([]);
  });
  it('reads the investor leading a funding round as funding the company that raised it', async () => {
    expect(facts(await extract('Axon Enterprise, Inc. co-led a funding round in Dedrone Holdings in July 2022.'))).toContain('Axon Enterprise, Inc. FUNDS Dedrone Holdings');
  });
  it('reads a round led with no company named as funding the company the page is about, and not on a page about no one', async () => {
    const page = 'Vexa Vision\n\nFounded: 2015\n\nVexa Vision is a maker of face-matching software. Vexa Vision sells to banks. In 2019 a US$50 million round was led by Lightspeed Venture Partners.';
    expect(facts(await extract(page))).toContain('Lightspeed Venture Partners FUNDS Vexa Vision');
    expect(facts(await extract('Funding news\n\nIn 2019 a US$50 million round was led by Lightspeed Venture Partners.')).filter((f) => f.includes('FUNDS'))).toEqual([]);
  });
});
