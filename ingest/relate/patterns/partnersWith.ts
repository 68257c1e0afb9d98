/**
 * @module PARTNERS_WITH: partnerships, cooperation and agreements between organisations, states and
 * places; symmetric in meaning, stored in the direction the sentence names them.
 */
import type { PatternInput } from '../pattern.ts';

export const partnersWith: PatternInput[] = [
  {
    id: 'partners-verb', type: 'PARTNERS_WITH', pos: 'verb',
    triggers: ['partner', 'cooperate', 'collaborate', 'team', 'ally', 'work', 'join'],
    subject: ['@agent'], object: ['obl:with', 'obl:alongside', 'obl:along_with', 'obl:together_with'],
    confidence: 0.7,
  },
  {
    id: 'partners-agreement', type: 'PARTNERS_WITH', pos: 'verb',
    triggers: ['sign', 'conclude', 'form', 'establish', 'create', 'launch', 'enter', 'announce', 'strike'],
    subject: ['@agent'], object: ['obj>nmod:with', 'obl:with', 'obl:into>nmod:with'],
    requires: [{ path: 'obj', lemmas: ['partnership', 'agreement', 'memorandum', 'venture', 'alliance', 'cooperation', 'collaboration', 'mou', 'pact', 'deal'] }],
    // A deal with a price or for money put in is a purchase or an investment, not a partnership: "a
    // 20-year agreement worth US$466 million with Mauritius Telecom", "a USD 60 million investment
    // agreement ... with Huawei".
    forbids: [{ path: 'obj>amod', lemmas: ['worth'] }, { path: 'obj>compound', lemmas: ['investment', 'purchase', 'supply', 'sale', 'procurement'] }],
    confidence: 0.7,
  },
  {
    id: 'partners-noun', type: 'PARTNERS_WITH', pos: 'noun',
    triggers: ['partner', 'partnership', 'venture', 'alliance', 'cooperation', 'collaboration'],
    subject: ['@holder', '^nsubj', 'nmod:poss', 'compound'], object: ['nmod:of', 'nmod:with', 'nmod:poss', 'nmod:between'],
    confidence: 0.65,
  },
  {
    id: 'partners-between', type: 'PARTNERS_WITH', pos: 'noun',
    triggers: ['partnership', 'agreement', 'memorandum', 'venture'],
    // A deal between two parties, either way round: "a public-private partnership between the Almaty
    // city administration (akimat) and Korkem Telecom", "a PPP agreement between the Astana city akimat
    // and Korkem Telecom LLP". Not an alliance or cooperation between states, more often hoped for than made.
    subject: ['nmod:between'], object: ['nmod:between'],
    // An agreement for a supply is a sale ("the agreement ... between the PSCA and Huawei for the supply of surveillance equipment").
    forbids: ['nmod:for', 'nmod:between>nmod:for'].map((path) => ({ path, lemmas: ['supply', 'purchase', 'sale', 'delivery', 'installation', 'construction', 'procurement'] })),
    confidence: 0.65,
  },
];
