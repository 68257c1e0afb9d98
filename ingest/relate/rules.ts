/**
 * @module Relation rules as data: {id, relation, pattern, voice, confidence}. A pattern reads a
 * sentence in which every entity mention has been replaced by a slot `⟦n:Type⟧`:
 *
 *   {A} {B}       one entity; A is the one written first. `{A+}` is a list ("Cisco, Dell and HP").
 *   {A:Person}    the slot must also be of these types (the ontology's own limits always apply).
 *   ~             a short gap of words with no other named party in it (a technology or product may be).
 *   …             any gap, other parties included.
 *   %appos        an optional ", aside," between a subject and its verb.
 *   ≈             like ~ but within one clause: no comma.
 *   %desc         an optional descriptor before a name ("the Moscow company", "Chinese").
 *   %govof        an optional "the government of", "the police in" before a customer.
 *   %subj         the next slot is not the object of a preposition ("with X", "by X").
 *   %current      the next slot is not qualified as past ("former Minister of ...").
 *   (?<v>...)     the trigger words; negation is looked for just before them.
 *   (?<detail>..) words kept in the evidence (a role, a stake, a list).
 *
 * `voice: 'active'` means A is the relation's source (A SUPPLIES B); `'passive'` means B is
 * ("A is supplied by B" gives B SUPPLIES A). `when` tests the surface text of a slot.
 */
import type { LinkStatus, RelationType } from '../../cypher/ontology.ts';

export interface RelationRule {
  id: string;
  relation: RelationType;
  pattern: string;
  voice: 'active' | 'passive';
  confidence: number;
  /** Status the rule itself implies (a ban), used when the sentence states none. */
  status?: LinkStatus;
  when?: { A?: RegExp; B?: RegExp };
}

/** Nouns for what a vendor sells, so "Hikvision cameras in Ecuador" reads as supply. */
const GOODS = String.raw`(?:cameras?|equipment|servers?|hardware|software|technology|technologies|products?|systems?|chips?|processors?|devices?|solutions?|gear|networks?|components?|platforms?)`;
const SUPPLY_VERBS = String.raw`(?:supplie[sd]|supply|supplying|provide[sd]?|providing|deliver(?:s|ed|ing)?|sold|sells?|selling|install(?:s|ed|ing)?|equip(?:s|ped|ping)?|ship(?:s|ped)?|export(?:s|ed)?|furnish(?:es|ed)?)`;
const BUY_VERBS = String.raw`(?:b(?:ought|uys?|uying)|purchas(?:e[sd]?|ing)|acquir(?:e[sd]?|ing)|order(?:s|ed)?|import(?:s|ed)?|procur(?:e[sd]?|ing)|sourc(?:e[sd]?|ing))`;
/**
 * Words allowed between a subject and its verb: auxiliaries, adverbs and the goods themselves
 * ("Hikvision cameras are installed", "Huawei has also supplied"). Anything else there usually means
 * the verb has another subject ("the Moscow metro uses"), so the rule should not fire.
 */
const AUX = String.raw`(?:(?:has|have|had|is|are|was|were|be|been|being|also|now|still|already|reportedly|allegedly|increasingly|widely|actively|quickly|quietly|traditionally|mainly|largely|will|would|could|can|may|might|must|should|began|begun|started|continues|continued|plans|planned|agreed|intends|sought|seeks|wants|to|not|never|later|then|soon|itself|themselves|first|directly|secretly|openly|ultimately|eventually|threatened|threatens|decided|voted|moved|tried|attempted|of|only|jointly|together|successfully|independently|recently|once|${GOODS.slice(3, -1)}) ){0,4}?`;
const LEAD_ROLES = String.raw`(?:chief executive(?: officer)?|CEO|chairman|chairwoman|chair|president|executive director|general director|director general|managing director|director|head|founder|co-founder|leader|chief|governor|mayor)`;

export const RELATION_RULES: readonly RelationRule[] = [
  // SUBSIDIARY_OF: child -> parent.
  { id: 'subsidiary-apposition', relation: 'SUBSIDIARY_OF', voice: 'active', confidence: 0.9,
    pattern: String.raw`{A}\s*[,(]\s*(?:which is |now |once |formerly |still )?(?:a |an |the )?(?:wholly[- ]owned |majority[- ]owned |state[- ]owned )?(?<v>subsidiary|unit|division|branch|daughter company|arm|part|member) of (?:the )?{B}` },
  { id: 'subsidiary-copula', relation: 'SUBSIDIARY_OF', voice: 'active', confidence: 0.85,
    pattern: String.raw`{A}%appos (?:is|was|became|has become|remains) (?:now |still )?(?:a |an |the )?(?:wholly[- ]owned |majority[- ]owned )?(?<v>subsidiary|unit|division|branch|part|member) of (?:the )?{B}` },
  { id: 'parent-includes', relation: 'SUBSIDIARY_OF', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A} (?<v>includes|included|comprises|incorporates) (?:the )?{B+}` },
  { id: 'branch-known-as', relation: 'SUBSIDIARY_OF', voice: 'passive', confidence: 0.85,
    pattern: String.raw`(?:a |the )?(?<v>branch|subsidiary|unit|division|arm) of {A} (?:known as|called|named) (?:the )?{B}` },
  { id: 'parent-possessive-subsidiary', relation: 'SUBSIDIARY_OF', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A}(?:'s)? (?<v>subsidiary|unit|division|daughter company),? {B}` },

  // OWNS: shareholder -> company.
  { id: 'owner-stake', relation: 'OWNS', voice: 'active', confidence: 0.85,
    pattern: String.raw`{A}%appos ${AUX}(?<v>holds|held|owns|owned|has|had|acquired|bought|took|takes|controls) (?<detail>(?:a |an |the )?(?:\d+(?:\.\d+)? ?(?:%|percent|per cent) |majority |minority |controlling |blocking |large |small )?stake) in (?:the )?%desc{B}` },
  { id: 'owner-acquired', relation: 'OWNS', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos (?<v>owns|acquired|took over|took control of|bought out) (?:the )?%desc{B}(?!'s)` },
  { id: 'owned-by', relation: 'OWNS', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A},? (?:which is |that is |is |was )?(?:wholly |majority[- ]|partly |partially |jointly )?(?<v>owned|controlled) by (?:the )?{B}` },

  // SUPPLIES: vendor -> customer.
  { id: 'supplier-verb', relation: 'SUPPLIES', voice: 'active', confidence: 0.8,
    pattern: String.raw`{A+}(?:,? (?:which|that|who))?%appos ${AUX}(?<v>${SUPPLY_VERBS})\b(?! by)(?!\s+(?:[\w$.,-]+\s+){0,4}?(?:loans?|funding|credits?|grants?|financing|money|aid|support)\b)~(?:to |for |used by |in )?(?:the )?%govof{B+}` },
  { id: 'supplied-by', relation: 'SUPPLIES', voice: 'passive', confidence: 0.85,
    pattern: String.raw`{A+}(?:'s)?≈,? ?(?<v>(?:supplied|provided|delivered|sold|installed|equipped|built|made|manufactured|produced) by) (?:the )?(?:[\w-]+ ){0,3}?(?:such as |like |including )?(?:the )?{B+}` },
  { id: 'for-customer-vendor-verb', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`^(?:For|In|To) (?:the )?{A}(?: [\w-]+){0,2},? {B+} ${AUX}(?<v>${SUPPLY_VERBS})\b(?! by)` },
  { id: 'in-place-supplied-by', relation: 'SUPPLIES', voice: 'passive', confidence: 0.8,
    pattern: String.raw`^(?:In|For|Across) {A},? ~(?<v>(?:supplied|provided|delivered|installed|built) by) (?:the )?{B+}` },
  { id: 'which-supplied-by', relation: 'SUPPLIES', voice: 'passive', confidence: 0.75,
    pattern: String.raw`^[^⟦]{0,60}{A}…,? (?:which|that) (?:is|are|were|was|have been|has been) (?:\w+ )?(?<v>(?:supplied|provided|delivered|built|installed) by) (?:the )?{B+}` },
  { id: 'built-with-goods-from', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`{A:Program|State|Place|Agency}(?:'s)?~(?:built|launched|installed|equipped|created|deployed|set up|developed)(?: by [^.;]{0,90}?| [^⟦.;]{0,30}?)? (?<v>with|using) (?:[\w-]+ ){0,2}?${GOODS} (?:from|supplied by|made by) (?:the )?%desc{B+}` },
  { id: 'built-with-vendor-goods', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`{A:Program|State|Place|Agency}(?:'s)?~(?:built|launched|installed|equipped|created|deployed|set up|developed)(?: by [^.;]{0,90}?| [^⟦.;]{0,30}?)? (?<v>with|using) {B+} ${GOODS}` },
  { id: 'bought-from', relation: 'SUPPLIES', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A}%appos~(?<v>${BUY_VERBS}) ~from (?:the )?%desc{B+}` },
  { id: 'depends-on-products-from', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`{A}(?:'s)?~(?<v>depends?|depended|relies|rely|relied) on ~(?:from|by|of) (?:the )?{B+}` },
  { id: 'relies-on-vendor', relation: 'SUPPLIES', voice: 'passive', confidence: 0.65,
    pattern: String.raw`{A}(?:'s)?≈(?<v>depends|depended|relies|rely|relied) on (?:the )?%desc{B+}` },
  { id: 'vendor-goods-used-by', relation: 'SUPPLIES', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A+}(?:'s)? (?:[\w-]+ ){0,2}?${GOODS} (?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?<v>used|deployed|bought|purchased|installed|operated) by (?:the )?%govof{B}` },
  { id: 'vendor-goods-in', relation: 'SUPPLIES', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A+} (?:(?!manufactur|make|made|produc|fabricat)[\w-]+ ){0,2}?${GOODS} (?:are |were |is |was )?(?:\w+ )?(?<v>in|to|for) (?:the )?%govof{B}` },
  { id: 'vendor-goods-used-in', relation: 'SUPPLIES', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A+}(?:'s)? (?:(?:[\w-]+|⟦\d+:(?:Program|Technology|Product)⟧) ){0,2}?${GOODS}\b…\b(?<v>used|installed|deployed|operating) (?:in|by|for|across|throughout) (?:the )?(?:[^⟦.;]{0,40}?(?:including|such as|like) )?{B+}` },
  { id: 'vendor-goods-part-of', relation: 'SUPPLIES', voice: 'active', confidence: 0.7,
    pattern: String.raw`{A+} (?:(?!manufactur|make|made|produc|fabricat)[\w-]+ ){0,2}?${GOODS}\b[^.;]{0,80}?\b(?<v>as part of|for) (?:the )?{B}` },
  { id: 'customer-uses-vendor-goods', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`%subj{A}(?:'s)?%appos (?:[\w-]+ ){0,2}?(?<v>uses|used|using|deploys|deployed|installed|relies on|relied on|bought|buys|purchased|ordered) (?:[\w-]+ ){0,3}?{B+} ${GOODS}` },
  { id: 'among-providers', relation: 'SUPPLIES', voice: 'active', confidence: 0.7,
    pattern: String.raw`{A+}%appos (?:is|are|was|were|became|remains?) (?:among |one of )?(?:the |a |an )?~(?<v>providers?|suppliers?|vendors?|contractors?) ~(?:to|for|in|of) ~{B+}` },
  { id: 'customer-supplier-is', relation: 'SUPPLIES', voice: 'passive', confidence: 0.75,
    pattern: String.raw`{A}(?:'s)? (?:main |key |sole |largest )?(?<v>suppliers?|vendors?|providers?|contractors?) (?:is |are |was |were |include |included |,)\s*(?:the )?%desc{B+}` },
  { id: 'customers-include', relation: 'SUPPLIES', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}(?:'s)? (?<v>customers|clients) (?:include|included|includes|are|were) (?:the )?%govof{B+}` },
  { id: 'contract-with-customer', relation: 'SUPPLIES', voice: 'active', confidence: 0.75, status: 'signed',
    pattern: String.raw`{A+}%appos~(?<v>signed|won|secured|received|was awarded|were awarded|got|concluded) (?:a |an |the )?~(?:contract|deal|tender|order|agreement)s? ~(?:with|from|for|to supply|to equip|to build|in) (?:the )?%govof{B:State|Place|Agency|Program}` },
  { id: 'vendor-contract-with', relation: 'SUPPLIES', voice: 'active', confidence: 0.7,
    pattern: String.raw`{A}'s (?:[\w$-]+ ){0,3}?(?<v>contracts?|deals?|agreements?) with (?:the )?%govof{B:State|Place|Agency|Program}` },
  { id: 'program-deal', relation: 'SUPPLIES', voice: 'active', confidence: 0.7, status: 'signed',
    pattern: String.raw`{A+}%appos~(?<v>signed|won|secured|was awarded|concluded|built|installed) (?:a |an |the )?(?:[\w$-]+ ){0,3}?{B:Program} (?:deal|contract|project|system|agreement)` },
  { id: 'customer-contracted-vendor', relation: 'SUPPLIES', voice: 'passive', confidence: 0.7,
    pattern: String.raw`{A:State|Place|Agency}%appos~(?<v>signed|concluded|agreed|terminated|cancell?ed|canceled|ended|suspended|renewed|extended) (?:a |an |the |its )?~(?:contract|deal|agreement)s? with (?:the )?%desc{B:Company}` },

  // MANUFACTURES_FOR: foundry -> designer.
  { id: 'outsource-production-to', relation: 'MANUFACTURES_FOR', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A+}%appos~(?<v>outsources?|outsourced|outsourcing|subcontracts?|subcontracted|contracts?|contracted) (?:the )?~(?:production|manufacturing|fabrication|assembly|making)~ (?:to|with) ~{B+}` },
  { id: 'manufactures-for', relation: 'MANUFACTURES_FOR', voice: 'active', confidence: 0.8,
    pattern: String.raw`{A}%appos (?:[\w-]+ ){0,2}?(?<v>manufactures|manufactured|makes|made|produces|produced|fabricates|fabricated|assembles|assembled) ~for (?:the )?%desc{B+}` },
  { id: 'made-by-for', relation: 'MANUFACTURES_FOR', voice: 'active', confidence: 0.8,
    pattern: String.raw`(?<v>made|manufactured|produced|fabricated|assembled) by (?:the )?{A} for (?:the )?%desc{B}` },
  { id: 'goods-made-by', relation: 'MANUFACTURES_FOR', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A}(?:'s)? (?:[\w-]+ ){0,2}?(?:chips?|processors?|semiconductors?|servers?|components?|cameras?|devices?|products?) (?:are|were|is|was) (?<v>made|manufactured|produced|fabricated|assembled) by (?:the )?{B}` },

  // PARTNERS_WITH: stored in the direction the sentence names them.
  { id: 'technical-partner-is', relation: 'PARTNERS_WITH', voice: 'passive', confidence: 0.85,
    pattern: String.raw`{A}(?:'s)? (?:technical |technology |strategic |key |main |local |long-time |industrial )?(?<v>partners?) (?:is|are|was|were|has been|,) (?:the )?(?:[\w-]+ ){0,2}?{B+}` },
  { id: 'works-with', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A+}%appos~(?<v>partnered|partners|partner|partnering|teamed up|cooperates|cooperated|cooperating|collaborates|collaborated|collaborating|works|worked|working|joined forces) (?:along |together |closely )?with (?:the )?%desc{B+}` },
  { id: 'partnership-with', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos~(?<v>partnership|joint venture|alliance|cooperation agreement|memorandum of understanding) with (?:the )?%desc{B}` },
  { id: 'produce-on-the-basis-of', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos~(?:produce|manufacture|build|develop|make|assemble)s?~ (?<v>on the basis of|together with|jointly with|in cooperation with|in partnership with) (?:the )?%desc{B}` },
  { id: 'together-with', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.65,
    pattern: String.raw`{A},? (?<v>together with|jointly with|along with|in partnership with|in cooperation with) (?:the )?%desc{B}` },
  { id: 'consortium-partners', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.6,
    pattern: String.raw`{A}…(?:with|has|formed|joined) (?:a |the )?(?:consortium|group|network|coalition) of (?<v>partners|members) (?:that|which|who) (?:includes?|included|comprises?) ~(?:like |such as |including )(?:the )?{B+}` },
  { id: 'pair-signed-partnership', relation: 'PARTNERS_WITH', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A} and {B} (?<v>signed|agreed|formed|established|created|launched|set up) (?:a |an )?~(?:partnership|joint venture|alliance|agreement|memorandum)` },

  // LEADS: person -> organisation.
  { id: 'person-comma-role-of', relation: 'LEADS', voice: 'active', confidence: 0.85,
    pattern: String.raw`{A:Person}, (?:the |a |an )?(?:current |acting |long-time )?(?<detail>${LEAD_ROLES}) (?:of|at) (?:the )?{B}` },
  { id: 'role-of-org-comma-person', relation: 'LEADS', voice: 'passive', confidence: 0.85,
    pattern: String.raw`(?:^|[^\w-])(?:the )?(?<detail>${LEAD_ROLES}) of (?:the )?{A}(?: of (?:the )?⟦\d+:State⟧)?,? {B:Person}` },
  { id: 'person-heads', relation: 'LEADS', voice: 'active', confidence: 0.8,
    pattern: String.raw`{A:Person}%appos (?:who )?(?:also )?(?<v>heads|headed|leads|led|chairs|chaired|runs|ran|founded|co-founded|directs|directed) (?:the )?{B}` },
  { id: 'led-by', relation: 'LEADS', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A},? (?:which is |that is |is |was )?(?<v>led|headed|chaired|run|founded|directed) by (?:(?:[\w-]+|⟦\d+:Agency⟧) ){0,4}?{B:Person}` },
  { id: 'org-title-person', relation: 'LEADS', voice: 'passive', confidence: 0.8,
    pattern: String.raw`%current{A}(?:'s)? (?<detail>Mayor|mayor|Governor|governor|President|president|CEO|chief executive|Chairman|chairman|head|Head|Director|director|founder|Founder|leader|Prime Minister|Minister|minister) {B:Person}` },
  { id: 'org-possessive-person', relation: 'LEADS', voice: 'passive', confidence: 0.55,
    pattern: String.raw`{A:Company|Organization|Agency}'s {B:Person}` },
  { id: 'person-possessive-org', relation: 'LEADS', voice: 'active', confidence: 0.55,
    pattern: String.raw`{A:Person}'s {B:Company|Organization}` },
  { id: 'signature-role', relation: 'LEADS', voice: 'active', confidence: 0.7,
    pattern: String.raw`^{A:Person} [–—-] (?<detail>${LEAD_ROLES}),? (?:of |at )?(?:the )?(?:NGO |company )?"?{B}` },
  { id: 'minister-comma-person', relation: 'LEADS', voice: 'passive', confidence: 0.8, when: { A: /^Ministers? of/ },
    pattern: String.raw`%current{A:Agency}(?: of (?:the )?⟦\d+:State⟧)?,? {B:Person}` },

  // OPERATES: government or company -> program.
  { id: 'measure-of-government-is', relation: 'OPERATES', voice: 'active', confidence: 0.75,
    pattern: String.raw`(?:measure|program|programme|system|initiative|project|tool) of (?:the )?{A}~(?<v>is|was) (?:the |a )?(?:so-called )?{B:Program}` },
  { id: 'possessive-program', relation: 'OPERATES', voice: 'active', confidence: 0.6,
    pattern: String.raw`{A:State|Place|Agency}'s (?:[\w-]+ ){0,3}?{B:Program}` },
  { id: 'program-of-place', relation: 'OPERATES', voice: 'passive', confidence: 0.65,
    pattern: String.raw`{A:Program} (?<v>of|in) {B:Place}` },
  { id: 'operator-verb', relation: 'OPERATES', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos ${AUX}(?<v>operates|operated|runs|ran|launched|introduced|implemented|implements|rolled out|set up|manages|managed|administers) (?:the |its |a |an )?(?:[\w-]+ ){0,3}?{B:Program}` },
  { id: 'run-by', relation: 'OPERATES', voice: 'passive', confidence: 0.75,
    pattern: String.raw`{A:Program}(?: (?:system|program|programme|project|network|platform))?,? (?:which is |that is |is |was |are |were )?(?<v>run|operated|managed|administered|controlled) by (?:the )?%govof{B}` },
  { id: 'in-place-implemented', relation: 'OPERATES', voice: 'active', confidence: 0.6,
    pattern: String.raw`^In {A:State|Place}[^⟦]{0,60}?(?<v>implemented|introduced|launched|rolled out|deployed) (?:the )?{B:Program}` },
  { id: 'its-system-known-as', relation: 'OPERATES', voice: 'active', confidence: 0.65,
    pattern: String.raw`^[^⟦]{0,40}{A:State|Agency|Place}…\bits (?:[\w-]+ ){0,4}?(?:system|program|programme|network|project)~(?<v>known as|called|named) (?:the )?{B:Program}` },
  { id: 'program-operating-in', relation: 'OPERATES', voice: 'passive', confidence: 0.5,
    pattern: String.raw`^[^⟦]{0,40}{A:Program}~(?<v>operating|operate|operates|in operation|deployed|implemented) in ~{B:State|Place}` },

  { id: 'made-available', relation: 'OPERATES', voice: 'active', confidence: 0.6,
    pattern: String.raw`{A}%appos (?<v>made|makes) (?:a |an |the |its )?{B:Product|Program} (?:available|mandatory|compulsory)` },

  // FUNDS.
  { id: 'funder-verb', relation: 'FUNDS', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos~(?<v>funded|funds|financed|finances|financing|invested|invests|granted|grants|lent|loaned|allocated|allocates|sponsored|sponsors) ~(?:in |into |to |for |under )?(?:the )?{B}` },
  { id: 'loans-to', relation: 'FUNDS', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}%appos~(?<v>provided|extended|granted|gave|offered|issued|lent|approved) (?:[\w$.,-]+ ){0,4}?(?:loans?|funding|credits?|grants?|financing|investment|money) (?:to|for) (?:the )?%govof{B}` },
  { id: 'funded-by', relation: 'FUNDS', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A}~(?<v>(?:funded|financed|sponsored|backed) by|(?:funding|grants?|loans?|investment|money) from) (?:the )?{B}` },

  // DEVELOPS.
  { id: 'developer-verb', relation: 'DEVELOPS', voice: 'active', confidence: 0.6,
    pattern: String.raw`%subj{A+}%appos ${AUX}(?<v>develops|developed|develop|created|creates|create|designs|designed|design|produces|produced|produce|makes|builds|invented|invents) ~{B:Product|Technology|Program}` },
  { id: 'developed-by', relation: 'DEVELOPS', voice: 'passive', confidence: 0.7,
    pattern: String.raw`{A:Product|Technology|Program},? (?:which is |that is |was |is )?(?<v>developed|created|designed|built|invented) by (?:the )?%desc{B+}` },

  // ENACTED.
  { id: 'adopted-law', relation: 'ENACTED', voice: 'active', confidence: 0.8,
    pattern: String.raw`{A}%appos~(?<v>adopted|adopts|enacted|enacts|passed|passes|introduced|introduces|approved|approves|issued|issues|initiated|initiates|signed|drafted|imposed) (?:a |an |the |its )?(?:so-called )?~{B:Law}` },
  { id: 'law-adopted-by', relation: 'ENACTED', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A:Law},? (?:which was |that was |was |were )?(?<v>adopted|enacted|passed|approved|signed into law|issued|introduced) (?:in [\w ]{0,20}\d{4} )?by (?:the )?{B}` },
  { id: 'possessive-law', relation: 'ENACTED', voice: 'active', confidence: 0.65,
    pattern: String.raw`{A:State|Place|Agency}'s (?:[\w-]+ ){0,3}?{B:Law}` },
  { id: 'law-of-state', relation: 'ENACTED', voice: 'passive', confidence: 0.6,
    pattern: String.raw`{A:Law} of (?:the )?{B:State}` },

  // RESTRICTS: law, state or agency -> what it bans.
  { id: 'banned-in', relation: 'RESTRICTS', voice: 'passive', confidence: 0.8, status: 'banned',
    pattern: String.raw`{A+},? (?:which |that )?(?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?<v>banned|blocked|prohibited|restricted|barred|outlawed) (?:in|by|from) (?:the )?{B}` },
  { id: 'bans', relation: 'RESTRICTS', voice: 'active', confidence: 0.75, status: 'banned',
    pattern: String.raw`{A}%appos ${AUX}(?<v>banned|bans|ban|blocked|blocks|block|prohibited|prohibits|prohibit|restricted|restricts|barred|bars|forbade|forbids|excluded|excludes|outlawed) ~{B+}` },
  { id: 'required-to-replace', relation: 'RESTRICTS', voice: 'active', confidence: 0.7, status: 'banned',
    pattern: String.raw`{A}%appos~(?<v>required|ordered|forced|obliged|told) ~{B}~ to (?:replace|remove|rip out|stop using|phase out)` },
  { id: 'lost-right-to-sell-to', relation: 'RESTRICTS', voice: 'passive', confidence: 0.65, status: 'banned',
    pattern: String.raw`{A+}%appos~(?<v>lost) the right to (?:supply|sell|provide|bid)~to ~{B:State|Agency}` },
  { id: 'banned-under-law', relation: 'RESTRICTS', voice: 'passive', confidence: 0.75, status: 'banned',
    pattern: String.raw`{A+},? (?:is|are|was|were|has been|have been) (?:\w+ )?(?<v>banned|barred|excluded|prohibited|restricted) (?:from [\w ]{0,40}?)?(?:under|by) (?:the )?(?:[\w-]+ ){0,2}?{B:Law}` },
  { id: 'added-to-list', relation: 'RESTRICTS', voice: 'passive', confidence: 0.8, status: 'banned',
    pattern: String.raw`{A+}%appos~(?:was|were|has been|have been|had been|is|are) (?:\w+ )?(?<v>added to|placed on|put on|included in|listed on) (?:the )?(?:US |U\.S\. |American )?{B:Law}` },

  // SANCTIONS: state or agency -> company, person or body.
  { id: 'sanctioner-verb', relation: 'SANCTIONS', voice: 'active', confidence: 0.85,
    pattern: String.raw`{A}%appos ${AUX}(?<v>sanctioned|sanctions|sanction|designated|designates|blacklisted|blacklists|added|placed|put|listed) (?:the )?%desc{B+}(?<detail> (?:to|on|under) (?:the |its )?(?:⟦\d+:Law⟧|[\w ]{0,30}list))?` },
  { id: 'sanctioned-by', relation: 'SANCTIONS', voice: 'passive', confidence: 0.85,
    pattern: String.raw`{A+},? (?:was|were|is|are|has been|have been|had been) (?:\w+ )?(?<v>sanctioned|designated|blacklisted|added to [^⟦]{0,40}?|placed on [^⟦]{0,40}?|(?:put|included) on [^⟦]{0,40}?)~by (?:the )?{B}` },
  { id: 'imposed-sanctions-on', relation: 'SANCTIONS', voice: 'active', confidence: 0.85,
    pattern: String.raw`{A}%appos~(?<v>imposed|imposes|impose|announced|levied|slapped) (?:[\w-]+ ){0,2}?sanctions (?:on|against) (?:the )?(?:[\w-]+ ){0,2}?{B+}` },

  // USES.
  { id: 'user-verb', relation: 'USES', voice: 'active', confidence: 0.6,
    pattern: String.raw`%subj{A}%appos ${AUX}(?<v>uses|use|used|using|deploys|deploy|deployed|employs|employed|relies on|relied on) (?:the |a |an |its )?(?:[\w-]+ ){0,2}?{B:Technology|Product}` },
  { id: 'has-goods-with-technology', relation: 'USES', voice: 'active', confidence: 0.6,
    pattern: String.raw`{A:State|Place|Agency}%appos (?<v>has|have|had|operates|installed|deployed) (?:over |more than |about |some |nearly |almost )?[\d,.]*\s*(?:[\w-]+ ){0,2}?${GOODS} (?:with|equipped with|running|using) (?:[\w-]+ )?{B:Technology|Product}` },
  { id: 'used-by', relation: 'USES', voice: 'passive', confidence: 0.65,
    pattern: String.raw`{A:Technology|Product} (?:[\w-]+ ){0,2}?(?<v>used|deployed|employed) by (?:the )?{B}` },

  // LOCATED_IN.
  { id: 'based-in', relation: 'LOCATED_IN', voice: 'active', confidence: 0.8,
    pattern: String.raw`{A},? (?:which is |that is |is |was )?(?<v>based|headquartered|located|registered) in (?:the )?{B:Place|State}` },
  { id: 'place-based', relation: 'LOCATED_IN', voice: 'passive', confidence: 0.8,
    pattern: String.raw`{A:Place|State}-(?<v>based|headquartered) {B}` },
  { id: 'appositive-place-based', relation: 'LOCATED_IN', voice: 'active', confidence: 0.75,
    pattern: String.raw`{A}, (?:a |an |the )?{B:Place|State}-(?<v>based|headquartered)` },
  { id: 'place-company', relation: 'LOCATED_IN', voice: 'passive', confidence: 0.7,
    pattern: String.raw`(?:the|a) {A:Place}(?:-based)? (?<v>company|firm|startup|manufacturer|vendor|developer) {B}` },
];
