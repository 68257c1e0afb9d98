/**
 * @module Trigger words for discovering entities the catalog does not know, by the shape of their
 * names. Data only: adding a suffix or a title is one line here, and the discovery stage never
 * changes for it.
 */
import type { EntityType } from '../../cypher/ontology.ts';

/** Last word of an organisation's name, and the type it implies ("Korkem Telecom", "Kaspersky Lab"). */
export const ORG_SUFFIXES: Readonly<Record<string, EntityType>> = {
  JSC: 'Company', PJSC: 'Company', LLC: 'Company', Ltd: 'Company', Inc: 'Company', Corp: 'Company',
  Corporation: 'Company', Company: 'Company', Lab: 'Company', Labs: 'Company', Telecom: 'Company',
  Group: 'Company', Technologies: 'Company', Technology: 'Company', Systems: 'Company',
  Electronics: 'Company', Holding: 'Company', Holdings: 'Company', Bank: 'Company', Networks: 'Company',
  Semiconductor: 'Company', Solutions: 'Company', Software: 'Company', Robotics: 'Company',
  Foundation: 'Organization', Institute: 'Organization', University: 'Organization', Society: 'Organization',
  Center: 'Organization', Centre: 'Organization', Council: 'Organization', Association: 'Organization',
  Watch: 'Organization', Media: 'Organization',
  Police: 'Agency', Agency: 'Agency', Service: 'Agency', Committee: 'Agency', Commission: 'Agency',
  Bureau: 'Agency', Directorate: 'Agency', Administration: 'Agency', Ministry: 'Agency', Department: 'Agency',
};

/** First words of a name whose type they fix ("Ministry of Justice", "JSC Elvis"). */
export const ORG_PREFIXES: Readonly<Record<string, EntityType>> = {
  Ministry: 'Agency', Department: 'Agency', Office: 'Agency', Bureau: 'Agency', Directorate: 'Agency',
  University: 'Organization', Institute: 'Organization', Center: 'Organization', Centre: 'Organization',
  JSC: 'Company', PJSC: 'Company', OJSC: 'Company', LLC: 'Company',
};

/** Words that may sit inside a multi-word name without being capitalised. */
export const NAME_JOINERS = ['of', 'for', 'and', '&', 'de', 'on'];

/**
 * Titles and roles written before a person's name ("Mayor Sergey Sobyanin", "activist Kamil
 * Galeev"). Lower-case forms match too, since journalists write both.
 */
export const PERSON_TITLES = [
  'President', 'Prime Minister', 'Minister', 'Deputy', 'Mayor', 'Governor', 'Senator', 'General',
  'CEO', 'Chairman', 'Chairwoman', 'Director', 'Founder', 'Co-founder', 'Head', 'Chief', 'Spokesman',
  'Spokeswoman', 'Dr', 'Mr', 'Mrs', 'Ms', 'Professor', 'activist', 'journalist', 'protester',
  'lawyer', 'volunteer', 'researcher', 'analyst', 'official', 'leader', 'daughter', 'son', 'wife',
];

/** Roles written after a person's name and a comma ("Mikhail Klimarev, executive director of ..."). */
export const PERSON_ROLES_AFTER = [
  'head', 'chief', 'director', 'executive', 'president', 'chairman', 'chairwoman', 'founder', 'co-founder',
  'CEO', 'minister', 'member', 'spokesman', 'spokeswoman', 'deputy', 'senior', 'vice', 'general',
  'professor', 'a', 'the', 'who', 'said', 'says', 'told',
];

/**
 * Common given names: a capitalised word after one of these is taken for a surname. Russian,
 * Central Asian, Chinese and English names, since those fill the articles this tool reads.
 */
export const GIVEN_NAMES = [
  'Artem', 'Artyom', 'Yegor', 'Stanislav', 'Grigory', 'Fyodor', 'Aleksandr', 'Alexander', 'Alexandr', 'Alexei', 'Alexey', 'Aleksei', 'Anatoly', 'Andrei', 'Andrey', 'Anna',
  'Anton', 'Arkady', 'Boris', 'Daniil', 'Danil', 'Denis', 'Dmitry', 'Dmitri', 'Elena', 'Evgeny', 'Yevgeny',
  'Gennady', 'Georgy', 'German', 'Herman', 'Igor', 'Ilya', 'Irina', 'Ivan', 'Kamil', 'Katerina', 'Kirill',
  'Konstantin', 'Leonid', 'Lyudmila', 'Maria', 'Maxim', 'Mikhail', 'Nadezhda', 'Natalia', 'Nikolai',
  'Nikolay', 'Oleg', 'Olga', 'Pavel', 'Roman', 'Ruslan', 'Sarkis', 'Sergei', 'Sergey', 'Svetlana',
  'Tatiana', 'Timur', 'Vadim', 'Valentina', 'Valery', 'Vasily', 'Viktor', 'Vladimir', 'Vladislav',
  'Vyacheslav', 'Yaroslav', 'Yulia', 'Yuri', 'Nursultan', 'Kassym-Jomart', 'Askar', 'Daniyar', 'Yerlan',
  'Aigerim', 'Nurlan', 'Marat', 'Dinara', 'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Miao', 'Ren',
  'Kai-Fu', 'Paul', 'John', 'James', 'Michael', 'Michelle', 'David', 'Robert', 'Mary', 'Elizabeth',
  'Peter', 'Mark', 'Thomas', 'Richard', 'Steven', 'Sarah', 'Emily', 'Emmerson', 'Robert', 'Lenin',
  'Jorge', 'Rafael', 'Daniel', 'Joseph', 'Donald', 'Joe', 'Kevin', 'Laura', 'Jennifer', 'Karen',
];

/**
 * Nouns that turn a quoted or capitalised phrase into a law or a program ("the so-called "landing
 * law"", "Digital Kazakhstan Program"). `keep` says whether the noun belongs to the name.
 */
export const NAMED_THING_TRIGGERS: readonly { word: string; type: EntityType; keep: boolean }[] = [
  { word: 'law', type: 'Law', keep: true },
  { word: 'act', type: 'Law', keep: true },
  { word: 'code', type: 'Law', keep: true },
  { word: 'regime', type: 'Law', keep: true },
  { word: 'strategy', type: 'Law', keep: true },
  { word: 'doctrine', type: 'Law', keep: true },
  { word: 'decree', type: 'Law', keep: true },
  { word: 'program', type: 'Program', keep: false },
  { word: 'programme', type: 'Program', keep: false },
  { word: 'project', type: 'Program', keep: false },
  { word: 'initiative', type: 'Program', keep: false },
  { word: 'system', type: 'Program', keep: false },
  { word: 'app', type: 'Product', keep: true },
  { word: 'platform', type: 'Product', keep: false },
  { word: 'engine', type: 'Product', keep: false },
];

/** Capitalised words that open a sentence or a phrase without naming anything. */
export const NOT_NAMES = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'They', 'Their', 'He', 'She', 'His',
  'Her', 'We', 'Our', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Since', 'After', 'Before', 'During',
  'According', 'However', 'Moreover', 'Meanwhile', 'Despite', 'Some', 'Other', 'Many', 'Most', 'All',
  'Both', 'Each', 'Another', 'Such', 'Leading', 'Chinese', 'Russian', 'State', 'National', 'Federal',
  'Western', 'Eastern', 'Local', 'Regional', 'City', 'Former', 'New', 'Last', 'Next', 'Also', 'Myth',
  'About', 'Leave', 'Related', 'Scroll', 'See', 'If', 'When', 'While', 'Because', 'But', 'And', 'Or',
  'Company', 'Group', 'Technology', 'Technologies', 'Telecom', 'Ministry', 'Government', 'Center',
];

/**
 * Common nouns that type the name they stand beside: "Vega, a Russian company", "the Chinese firm
 * Yitu", "the NGO Civil Expertise". The key is the noun, the value the type it gives.
 */
export const DESCRIPTOR_NOUNS: Readonly<Record<string, EntityType>> = {
  company: 'Company', firm: 'Company', startup: 'Company', manufacturer: 'Company', maker: 'Company', vendor: 'Company',
  developer: 'Company', integrator: 'Company', contractor: 'Company', supplier: 'Company', conglomerate: 'Company',
  subsidiary: 'Company', affiliate: 'Company', unit: 'Company', division: 'Company',
  regulator: 'Agency', ministry: 'Agency', agency: 'Agency',
  NGO: 'Organization', nonprofit: 'Organization', newspaper: 'Organization', outlet: 'Organization', university: 'Organization',
};
