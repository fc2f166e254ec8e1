import type { ActionType } from '../schema/claim.js';
import { WORDNET_ACTION_WORDS } from './action-words-wordnet.js';
import { FRAMES, type FrameName } from './frames.js';

export type Direction = 'forward' | 'reverse' | 'none';

/**
 * An action word. `forward`: the actor gives or invests ("SpaceX leases Colossus to Anthropic");
 * `reverse`: the actor receives or pays ("Anthropic uses SpaceX's data centers").
 */
export interface ActionWordEntry {
  lemma: string;
  /** The kind of deal the word names (`src/lexicon/frames.ts`); the claim's type comes from it. */
  frame: FrameName;
  direction: Direction;
  pos: 'verb' | 'noun';
  /** Irregular or extra forms; regular verb forms are derived from the lemma. */
  forms?: readonly string[];
  /** "rent from", "lease from": the direction turns round when `from` names the other side. */
  fromReverses?: boolean;
  /** Decided by what is bought or sold: a stake (invest), a company (acquire), anything else (supply). */
  byObject?: { equity?: Direction; company?: Direction };
  /** Prepositions that mark the other side, when they differ from those of the type; `object` ranks the direct object. */
  markers?: readonly string[];
  /** Only an action when one of these words follows within a few words ("build for X"); `name` asks for a name right after it ("offloads Fundton"); `dative` for a taker's name, then the thing given ("let Siskin its depot"). */
  needs?: readonly string[];
  /** Particles right after the verb (after its particle, for an entry with `followedBy`) that make it another phrase
   * ("pay down debt", "pay off a loan", "take over as chief executive"). */
  unless?: readonly string[];
  /** Words right before the word that make it another phrase ("come back with", "go back to", "pay back"). */
  unlessAfter?: readonly string[];
  /** Objects that make the verb another phrase, past an article or an owner ("is to use that cash on its bonds"). */
  unlessObject?: readonly string[];
  /** Not an action when its object goes on with "to" and a verb ("picked Hostsund to build six cranes"): the role rules read who does what. */
  unlessToDo?: boolean;
  /** Only an action when one of these words comes right after it ("signed with Sannmore"; in "signed a lease with Sannmore" the lease is the action). */
  followedBy?: readonly string[];
  /** Only an action when a sum of money follows ("receives $85 million from X", not "received a proposal from X"); for a noun, or stands just before it ("a $12 million seed round"). */
  needsMoney?: boolean;
  example: string;
}

/** An action word with the claim type its frame gives. */
export interface ActionWord extends ActionWordEntry {
  type: ActionType;
}

const ACTION_WORD_ENTRIES: readonly ActionWordEntry[] = [
  // one side provides goods, compute or a service to the other
  { lemma: 'provide', frame: 'supply', direction: 'forward', pos: 'verb', example: 'SpaceX provides compute to Anthropic' },
  { lemma: 'supply', frame: 'supply', direction: 'forward', pos: 'verb', forms: ['supplies', 'supplied', 'supplying'], example: 'AMD will supply OpenAI with chips' },
  { lemma: 'lease', frame: 'lease', direction: 'forward', pos: 'verb', fromReverses: true, example: 'SpaceX is leasing Colossus to Anthropic' },
  // ("hired the Sisklan Tern rig from Sisklan Offshore": hiring a thing from its owner rents it; hiring people is no deal.)
  { lemma: 'hire', frame: 'lease', direction: 'reverse', pos: 'verb', needs: ['from'], markers: ['from'], example: 'Bunnan Petroleum hired a drilling rig from Sisklan Offshore' },
  // ("has let its Castleford depot to Tobhurst": British letting; "let us", "let it slide" take no "to" and a party.)
  { lemma: 'let', frame: 'lease', direction: 'forward', pos: 'verb', forms: ['lets', 'let', 'letting'], needs: ['to', 'dative'], markers: ['to'], unless: ['us', 'me', 'them', 'him', 'her', 'it', 'go', 'alone', 'down', 'up', 'slip', 'off', 'in', 'out'], example: 'Pistan Estates has let its Castleford depot to Tobhurst Logistics' },
  { lemma: 'rent', frame: 'lease', direction: 'forward', pos: 'verb', fromReverses: true, example: 'xAI is renting Colossus to Anthropic' },
  { lemma: 'license', frame: 'licence', direction: 'forward', pos: 'verb', fromReverses: true, example: 'Pfizer licensed the drug to BioNTech' },
  { lemma: 'serve', frame: 'supply', direction: 'forward', pos: 'verb', example: 'Oracle is leveraging its infrastructure to serve Anthropic' },
  { lemma: 'hand', frame: 'supply', direction: 'forward', pos: 'verb', needs: ['to', 'over'], example: 'SpaceX handed Colossus to Anthropic' },
  // ("the Tarvo library is going to Siskin", "whose rights went to Harlow Sport": a thing or a right that goes to a firm is
  // given it by the owner the subject names; only with a name right after "to".)
  { lemma: 'go', frame: 'supply', direction: 'forward', pos: 'verb', forms: ['goes', 'went', 'gone', 'going'], followedBy: ['to'], needs: ['name'], markers: ['to'], example: "Tarvo Studios' back catalogue is going to Siskin Media for five years" },
  { lemma: 'manufacture', frame: 'supply', direction: 'forward', pos: 'verb', markers: ['for', 'object'], example: "Lonza will manufacture Vertex's cell therapy" },
  { lemma: 'produce', frame: 'supply', direction: 'forward', pos: 'verb', markers: ['for', 'object'], example: "TSMC will produce Apple's chips" },
  { lemma: 'fabricate', frame: 'supply', direction: 'forward', pos: 'verb', markers: ['for', 'object'], example: 'Intel will fabricate chips for Microsoft' },
  { lemma: 'award', frame: 'licence', direction: 'forward', pos: 'verb', markers: ['to'], example: 'FIFA awarded the rights to Fox Sports' },
  { lemma: 'renew', frame: 'deal', direction: 'none', pos: 'verb', example: 'Sky renewed its contract with the league' },
  // ("is concentrating on delivering its own plan", "delivered record results": what a firm achieves is no supply.)
  { lemma: 'deliver', frame: 'supply', direction: 'forward', pos: 'verb', unlessObject: ['plan', 'plans', 'strategy', 'results', 'growth', 'returns', 'value', 'savings', 'synergies', 'performance', 'earnings', 'profit', 'profits', 'guidance', 'targets', 'promise', 'promises', 'message', 'update', 'verdict', 'blow', 'notice', 'notices', 'letter', 'letters', 'speech', 'remarks', 'statement'], example: 'Boeing will deliver 40 jets to Emirates' },
  { lemma: 'host', frame: 'supply', direction: 'forward', pos: 'verb', example: 'Oracle will host OpenAI models' },
  { lemma: 'ship', frame: 'supply', direction: 'forward', pos: 'verb', forms: ['ships', 'shipped', 'shipping'], example: 'Nvidia shipped 20,000 GPUs to xAI' },
  { lemma: 'build', frame: 'supply', direction: 'forward', pos: 'verb', forms: ['builds', 'built', 'building'], needs: ['for'], example: 'Broadcom is building chips for OpenAI' },
  { lemma: 'sell', frame: 'sale', direction: 'forward', pos: 'verb', forms: ['sells', 'sold', 'selling'], byObject: { equity: 'reverse', company: 'reverse' }, example: 'Brisvane sold a $3bn stake to Corlath' },
  // the other end: one side uses, buys or pays for what the other provides
  { lemma: 'use', frame: 'supply', direction: 'reverse', pos: 'verb', markers: ['from', 'object'], unlessObject: ['proceeds', 'funds', 'cash', 'money', 'capital', 'windfall'], example: "a deal for Anthropic to use SpaceX's data centers" },
  { lemma: 'pay', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['pays', 'paid', 'paying'], markers: ['object', 'to', 'for'], byObject: { equity: 'forward' }, unless: ['down', 'off', 'back', 'out'], example: 'Anthropic is paying SpaceX $45 billion' },
  // ("reserved packaging capacity at Tunnholt": capacity booked ahead is bought from the firm that has it.)
  { lemma: 'reserve', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['reserves', 'reserved', 'reserving'], needs: ['at', 'from', 'with'], markers: ['at', 'from', 'with'], example: 'Quellix has reserved packaging capacity at Tunnholt Semiconductor' },
  // ("the A$85m prepayment agreed with Dongsan Smelting", "Kelmora, Dongsan sign concentrate prepayment": a buyer pays
  // ahead for goods it will take.)
  { lemma: 'prepayment', frame: 'supply', direction: 'reverse', pos: 'noun', forms: ['prepayment', 'prepayments', 'pre-payment'], markers: ['from', 'with', 'to'], example: 'Kelmora Minerals agreed an A$85 million concentrate prepayment with Dongsan Smelting' },
  // ("Sorrowby Trading will distribute Tindrel's homeware": a distributor takes the goods of the firm that makes them.)
  { lemma: 'distribute', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['distributes', 'distributed', 'distributing'], markers: ['object', 'for', 'from'], example: "Sorrowby Trading will distribute Tindrel's homeware across the Baltics" },
  { lemma: 'prepay', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['prepays', 'prepaid', 'prepaying', 'pre-pays', 'pre-paid', 'pre-paying'], markers: ['object', 'to', 'for'], example: 'Quellix is prepaying Tunnholt Semiconductor $300 million a year' },
  { lemma: 'commit', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['commits', 'committed', 'committing'], markers: ['to', 'on', 'with'], example: "Anthropic committed $45 billion to run on SpaceX's clusters" },
  { lemma: 'spend', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['spends', 'spent', 'spending'], markers: ['on', 'with'], example: 'Meta will spend $10 billion on Google Cloud' },
  { lemma: 'buy', frame: 'sale', direction: 'reverse', pos: 'verb', forms: ['buys', 'bought', 'buying'], byObject: { equity: 'forward', company: 'forward' },
    // ("not buying the hype", "buys the story": what a reader believes is bought in talk, no deal.)
    unlessObject: ['hype', 'story', 'narrative', 'argument', 'thesis', 'idea', 'explanation', 'excuse', 'spin', 'rumour', 'rumor', 'logic', 'pitch', 'line', 'bull', 'bear', 'premise', 'claim', 'claims'],
    example: 'Corlath is buying $3 billion of Brisvane stock' },
  // ("Birlford picked up Ternvale Bakeries from Lanmore": finance news buys with "pick up" as with "snap up".)
  { lemma: 'pick', frame: 'sale', direction: 'reverse', pos: 'verb', forms: ['picks', 'picked', 'picking'], needs: ['up'], byObject: { equity: 'forward', company: 'forward' }, example: 'Birlford Foods picked up Ternvale Bakeries for £120 million' },
  { lemma: 'purchase', frame: 'sale', direction: 'reverse', pos: 'verb', byObject: { equity: 'forward', company: 'forward' }, example: 'Delta purchased 30 jets from Airbus' },
  { lemma: 'order', frame: 'order', direction: 'reverse', pos: 'verb', example: 'Emirates ordered 65 jets from Boeing' },
  { lemma: 'procure', frame: 'order', direction: 'reverse', pos: 'verb', example: 'the Army procured drones from Anduril' },
  // ("placed eight vessels with the yard": goods counted out and placed with a maker are ordered from it; "placed an order
  // with" and "placed its convertible with" leave the deal to the noun after the determiner.)
  { lemma: 'place', frame: 'order', direction: 'reverse', pos: 'verb', forms: ['places', 'placed', 'placing'], needs: ['with'], markers: ['with'], byObject: { equity: 'reverse' },
    unless: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'another'], example: 'Tarvo Lines has placed six ferries with Siskin Yards' },
  // ("Sethova Energi has selected Koshford Heavy as the turbine supplier": the one chosen as a supplier gives.)
  { lemma: 'select', frame: 'supply', direction: 'reverse', pos: 'verb', markers: ['object'], needs: ['as', 'for', 'to'], unlessToDo: true, example: 'Sethova Energi has selected Koshford Heavy as its main turbine maker for the farm' },
  { lemma: 'choose', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['chooses', 'chose', 'chosen', 'choosing'], markers: ['object'], needs: ['as', 'for', 'to'], unlessToDo: true, example: 'Sethova Energi chose Koshford Heavy as its turbine maker' },
  { lemma: 'pick', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['picks', 'picked', 'picking'], needs: ['for', 'to'], unless: ['up', 'out', 'off', 'over', 'through', 'apart'], unlessToDo: true, markers: ['object'], example: 'Harnvik Transit picked Brodwick Rail for its new tram fleet' },
  { lemma: 'tap', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['taps', 'tapped', 'tapping'], markers: ['object', 'from', 'with'], example: 'Meta tapped Google Cloud for capacity' },
  // equity
  { lemma: 'invest', frame: 'investment', direction: 'forward', pos: 'verb', example: 'Corlath invested $4 billion in Brisvane' },
  { lemma: 'fund', frame: 'investment', direction: 'forward', pos: 'verb', example: 'SoftBank will fund OpenAI' },
  { lemma: 'back', frame: 'investment', direction: 'forward', pos: 'verb', forms: ['backs', 'backed', 'backing'], needs: ['with'], unless: ['in', 'then', 'when', 'during', 'around'], unlessAfter: ['come', 'comes', 'came', 'coming', 'go', 'goes', 'went', 'going', 'get', 'gets', 'got', 'bounce', 'bounced', 'pay', 'paid', 'win', 'won', 'way', 'bring', 'brought'], example: 'Amazon backed Anthropic with $4 billion' },
  { lemma: 'put', frame: 'investment', direction: 'forward', pos: 'verb', forms: ['puts', 'putting'], needs: ['into', 'in'], markers: ['into', 'in'], example: 'Masdar has put $4 billion into Terna Energy' },
  { lemma: 'plough', frame: 'investment', direction: 'forward', pos: 'verb', forms: ['ploughs', 'ploughed', 'ploughing', 'plow', 'plows', 'plowed', 'plowing'], needs: ['into', 'in'], markers: ['into', 'in'], example: 'Tarrow Capital ploughed $90 million into Pellwick' },
  { lemma: 'wire', frame: 'investment', direction: 'forward', pos: 'verb', forms: ['wires', 'wired', 'wiring'], needs: ['to', 'into'], needsMoney: true, markers: ['to', 'into'], example: 'Tarrow Capital wired a further $30 million to Pellwick' },
  { lemma: 'draw', frame: 'loan', direction: 'reverse', pos: 'verb', forms: ['draws', 'drew', 'drawn', 'drawing'], needs: ['from', 'down'], needsMoney: true, markers: ['from', 'under'], unless: ['up', 'on', 'attention', 'criticism', 'interest', 'lessons', 'comparisons'], example: 'Pellwick Foods drew $25 million from Tarrow Bank' },
  { lemma: 'pour', frame: 'investment', direction: 'forward', pos: 'verb', needs: ['into', 'in'], markers: ['into', 'in'], example: 'SoftBank poured $30 billion into OpenAI' },
  { lemma: 'take', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['takes', 'took', 'taken', 'taking'], needs: ['off'], byObject: { equity: 'forward', company: 'forward' }, example: "Pelmar is taking Bittern Coatings off Strandberg's hands" },
  { lemma: 'scoop', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['scoops', 'scooped', 'scooping'], needs: ['up'], byObject: { equity: 'forward', company: 'forward' }, example: 'Banby scooped up Tellpay for $1.1 billion' },
  { lemma: 'lock', frame: 'order', direction: 'reverse', pos: 'verb', forms: ['locks', 'locked', 'locking'], needs: ['in', 'up'], markers: ['from', 'with'], example: 'Bralen locked in a decade of hydropower from Varnholm' },
  // ("Ondo Motors locked up nickel from Tarvo Mining for six years": "lock up" as well, the supply its object.)
  { lemma: 'take', frame: 'supply', direction: 'reverse', pos: 'verb', forms: ['takes', 'took', 'taken', 'taking'], needs: ['output', 'production', 'capacity', 'volumes'], markers: ['of', 'from'], example: "Quorra Chemicals will take the whole output of Tessick Salt's new plant" },
  { lemma: 'take', frame: 'investment', direction: 'forward', pos: 'verb', forms: ['takes', 'took', 'taken', 'taking'], needs: ['%', 'percent'], example: 'Cushock Capital takes 7% of Pellion for $500m' },
  // ("Tarvo takes over Siskin", "Tarvo will take control of Siskin": a firm bought whole, told by the phrase of taking it.)
  // ("will take over as chief executive": a post, no firm.)
  { lemma: 'take', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['take', 'takes', 'took', 'taken', 'taking'], followedBy: ['over', 'control'], unless: ['as', 'from'], example: 'Kellsmoor Foods takes over Quellby Software' },
  { lemma: 'gain', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['gain', 'gains', 'gained', 'gaining'], followedBy: ['control'], example: 'Kellsmoor Foods gained control of Quellby Software' },
  { lemma: 'inject', frame: 'investment', direction: 'forward', pos: 'verb', markers: ['into', 'in'], example: 'Masdar injected $2 billion into Terna' },
  // ("raised $60m in a round led by Fjellgard": the round's leader is the other side.)
  // ("raised €45 million in a round that was led by Siststead and joined by Hawthorn": the leader, after "led by", ranks before those who join.)
  { lemma: 'raise', frame: 'funding-round', direction: 'reverse', pos: 'verb', needs: ['from', 'led'], markers: ['by', 'from'], example: 'Anthropic raised $13 billion from investors' },
  // ("a $58M Series B round led by Quarlen", "leading a $12 million seed round": the round's leader is the other side.)
  // ("Mannand led the Series B of sokoflow", "Quarlen is leading a $58M round in Marrowby": the leader invests.)
  { lemma: 'lead', frame: 'funding-round', direction: 'forward', pos: 'verb', forms: ['leads', 'led', 'leading'], needs: ['round', 'rounds', 'series', 'seed', 'pre-seed', 'financing', 'fundraise', 'fundraising'], markers: ['in', 'into', 'of', 'for'], example: 'Mannand Ventures led the Series B of Sokoflow' },
  { lemma: 'round', frame: 'funding-round', direction: 'reverse', pos: 'noun', forms: ['round', 'rounds'], needsMoney: true, markers: ['by', 'from'], example: "Marrowby's $85 million round led by Quarlen Ventures" },
  // (A round called by its series alone: "took in $22m in a Series A", "its $12m Series C".)
  { lemma: 'round', frame: 'funding-round', direction: 'reverse', pos: 'noun', forms: ['series'], followedBy: ['a', 'b', 'c', 'd', 'e', 'f', 'a-1', 'b-1', 'b-2'], needsMoney: true, markers: ['by', 'from'], example: 'Ishara Robotics closed a $40 million Series B that Tolvane Capital co-led' },
  // ("a $1.2 billion five-year revolving credit facility with a group of banks", "a $1.2bn RCF": a loan banks make
  // available; a facility with no sum beside it is a plant.)
  // ("a £38m integrated facilities contract", "facilities management": buildings to run, no loan.)
  { lemma: 'facility', frame: 'loan', direction: 'forward', pos: 'noun', forms: ['facility', 'facilities', 'rcf', 'rcfs', 'revolver'], fromReverses: true, needsMoney: true, markers: ['to', 'from', 'with', 'for'],
    unless: ['contract', 'contracts', 'management', 'services', 'service', 'maintenance', 'manager', 'managers', 'operator', 'deal', 'agreement', 'work'], example: 'Kestrava Mining signed a $1.2 billion revolving credit facility with Banco Altavela' },
  // takeovers
  { lemma: 'acquire', frame: 'acquisition', direction: 'forward', pos: 'verb', byObject: { equity: 'forward', company: 'forward' }, example: 'Salesforce acquired Slack' },
  { lemma: 'absorb', frame: 'acquisition', direction: 'forward', pos: 'verb', example: 'SpaceX absorbed xAI' },
  // joint undertakings
  { lemma: 'partner', frame: 'partnership', direction: 'none', pos: 'verb', example: 'Nvidia partnered with Intel' },
  { lemma: 'collaborate', frame: 'partnership', direction: 'none', pos: 'verb', example: 'Moderna collaborates with Merck' },
  { lemma: 'co-develop', frame: 'partnership', direction: 'none', pos: 'verb', forms: ['co-develop', 'co-develops', 'co-developed', 'co-developing', 'codevelop', 'codevelops', 'codeveloped', 'codeveloping'], example: 'Intel and Nvidia will co-develop chips' },
  { lemma: 'team', frame: 'partnership', direction: 'none', pos: 'verb', forms: ['teams', 'teamed', 'teaming'], needs: ['with'], example: 'Apple teamed up with Google' },
  // ("Quillsby Life tied up with Brodwick Bank", "Tarvo ties up with Siskin": a partnership told with the noun's verb.)
  { lemma: 'tie', frame: 'partnership', direction: 'none', pos: 'verb', forms: ['ties', 'tied', 'tying'], followedBy: ['up'], needs: ['with'], markers: ['with'], example: 'Quillsby Life tied up with Brodwick Bank' },
  { lemma: 'deploy', frame: 'deal', direction: 'none', pos: 'verb', example: 'Corlath and Brisvane will deploy 6 gigawatts' },
  // converse verbs: who gives depends on what is won ("won an order from" supplies, "secured a loan from" receives),
  // so they name the pair and leave the kind to the deal they join
  { lemma: 'win', frame: 'deal', direction: 'none', pos: 'verb', forms: ['wins', 'won', 'winning'], needs: ['from', 'with'], markers: ['from', 'with'], example: 'Grebe Systems won a contract from Oglan Broadband' },
  { lemma: 'land', frame: 'deal', direction: 'none', pos: 'verb', forms: ['lands', 'landed', 'landing'], markers: ['from', 'with', 'object'], example: 'Hostsund Marine landed a tanker contract from Siskin Shipping' },
  { lemma: 'sign', frame: 'deal', direction: 'none', pos: 'verb', forms: ['signs', 'signed', 'signing'], followedBy: ['with', 'up'], markers: ['with'], example: 'Tudash Line has signed with Sannmore Shipbuilding for twelve ships' },
  { lemma: 'secure', frame: 'deal', direction: 'none', pos: 'verb', forms: ['secures', 'secured', 'securing'], needs: ['from', 'with'], markers: ['from', 'with'], example: 'Crestline Storage secured a $300 million contract from Tavira Bank' },
  { lemma: 'book', frame: 'deal', direction: 'none', pos: 'verb', forms: ['books', 'booked', 'booking'], needs: ['with', 'from'], markers: ['with', 'from'], example: 'Oglan Broadband booked 12 launches with Grebe Systems' },
  // ("receives $85 million from X": the converse of "X pays": the receiver gives what is paid for.)
  { lemma: 'receive', frame: 'supply', direction: 'forward', pos: 'verb', forms: ['receives', 'received', 'receiving'], needs: ['from'], needsMoney: true, markers: ['from'], example: 'Vodoll received $85 million from Histash Pharma' },
  { lemma: 'obtain', frame: 'deal', direction: 'none', pos: 'verb', forms: ['obtains', 'obtained', 'obtaining'], needs: ['from'], markers: ['from'], example: 'Tostar obtained a credit line from Banco Mulmsund' },
  // nominal forms
  { lemma: 'deal', frame: 'deal', direction: 'none', pos: 'noun', forms: ['deal', 'deals'], example: "Anthropic's deal with SpaceX" },
  { lemma: 'agreement', frame: 'deal', direction: 'none', pos: 'noun', forms: ['agreement', 'agreements'], example: "OpenAI's agreement with AMD" },
  { lemma: 'contract', frame: 'deal', direction: 'none', pos: 'noun', forms: ['contract', 'contracts'], example: 'Raytheon signed a contract with Lockheed' },
  { lemma: 'pact', frame: 'deal', direction: 'none', pos: 'noun', forms: ['pact', 'pacts'], example: "Oracle's pact with OpenAI" },
  { lemma: 'mou', frame: 'deal', direction: 'none', pos: 'noun', forms: ['mou', 'mous', 'memorandum', 'loi'], example: "Tavira Steel's MoU with the Gujarat government" },
  // ("a four-year capacity commitment from Quellix": a buyer's promise to take and pay; "its total commitment" is a running sum, no deal.)
  { lemma: 'commitment', frame: 'deal', direction: 'none', pos: 'noun', forms: ['commitment', 'commitments'], needs: ['from'], markers: ['from'], example: 'Tunnholt gets a four-year capacity commitment from Quellix' },
  // ("its reinsurance treaty with Osterhaven": a treaty with a named other side; a state's treaty has no firm beside it.)
  { lemma: 'treaty', frame: 'deal', direction: 'none', pos: 'noun', forms: ['treaty', 'treaties'], needs: ['with'], markers: ['with'], example: "Larkmoor Mutual's reinsurance treaty with Quenlow Re" },
  // ("the Brackmoor transaction crystallises value": finance writes a deal as a transaction, named by its other side
  // or owned; after an article or a describing word, "closing the transaction", "card transactions", it is any deal
  // or none.)
  { lemma: 'transaction', frame: 'deal', direction: 'none', pos: 'noun', forms: ['transaction', 'transactions'], unlessAfter: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'your', 'any', 'no', 'each', 'every', 'all', 'such',
    'proposed', 'planned', 'whole', 'entire', 'same', 'related', 'party', 'financial', 'payment', 'card', 'cash', 'trading', 'online', 'digital', 'daily', 'of', 'for', 'per'], example: 'The Brackmoor transaction with Tovenna closed in May.' },
  { lemma: 'arrangement', frame: 'deal', direction: 'none', pos: 'noun', forms: ['arrangement'], example: 'OpenAI has an arrangement with Microsoft' },
  // ("the Verlaine renewal with Orrock": a deal made again, told by the noun of renewing and its other side.)
  { lemma: 'renewal', frame: 'deal', direction: 'none', pos: 'noun', forms: ['renewal', 'renewals'], needs: ['with'], markers: ['with'], example: 'the Verlaine renewal with Orrock Threads' },
  // ("the Tovenna hospitals PPP": a public-private partnership, a state's deal with a firm that builds and runs a public asset.)
  { lemma: 'ppp', frame: 'deal', direction: 'none', pos: 'noun', forms: ['ppp', 'ppps'], example: "Brackmoor's PPP with the Tovenna health ministry" },
  { lemma: 'ppa', frame: 'supply', direction: 'none', pos: 'noun', forms: ['ppa', 'ppas'], example: "Amazon's PPA with Iberdrola" },
  // ("the Bronholm LTA", "a five-year LTSA with Vestral": a long-term supply agreement by its initials.)
  { lemma: 'lta', frame: 'supply', direction: 'none', pos: 'noun', forms: ['lta', 'ltas', 'ltsa', 'ltsas'], example: 'Vestral Semiconductor signed a five-year LTSA with Bronholm Motors' },
  // ("a CHF 60m retention package for Altmoor bankers": a package of pay for people is no deal between firms.)
  { lemma: 'package', frame: 'deal', direction: 'none', pos: 'noun', forms: ['package', 'packages'], unlessAfter: ['retention', 'pay', 'compensation', 'severance', 'incentive', 'bonus', 'benefits', 'benefit', 'remuneration', 'relocation'], example: "the NBA's package with Amazon" },
  { lemma: 'rights', frame: 'licence', direction: 'reverse', pos: 'noun', forms: ['rights'], markers: ['from', 'with', 'object', 'to'], example: 'Netflix won the US rights from FIFA' },
  // ("the Avova concession", "a 30-year concession from the port authority": the right to run a public asset, held by the actor.)
  { lemma: 'concession', frame: 'licence', direction: 'reverse', pos: 'noun', forms: ['concession', 'concessions'], markers: ['from', 'by', 'with'], example: 'Zirlvik Terminals won a 30-year concession from the Avova Port Authority' },
  // ("the US$0.5bn Kittiwake award", "a $120 million award from the Navy": a contract won, named by its kind of winning.)
  { lemma: 'award', frame: 'deal', direction: 'none', pos: 'noun', forms: ['award', 'awards'], markers: ['from', 'by', 'with'], example: 'Hirndale Civil took a $500 million award from Kittiwake Rail' },
  // notes and trade press name a contract by the customer it was won from: "the Siskin win lifts order intake"
  // (only right after the customer's name: "Harlow is the win we wanted", "a big win for the yard" are no deal nouns)
  { lemma: 'win', frame: 'deal', direction: 'none', pos: 'noun', forms: ['win', 'wins'], markers: ['from', 'with'], unlessAfter: ['the', 'a', 'an', 'big', 'biggest', 'major', 'key', 'huge', 'first', 'another', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'contract', 'order', 'deal'], example: 'The Siskin win is the largest contract for Tarvo Yards.' },
  { lemma: 'program', frame: 'deal', direction: 'none', pos: 'noun', forms: ['program', 'programme'], example: "OpenAI's chip program with Broadcom" },
  // finance news says "disposal" for a sale of a unit; WordNet's senses of it are of waste and of having at hand
  { lemma: 'disposal', frame: 'sale', direction: 'forward', pos: 'noun', forms: ['disposal', 'disposals'], needs: ['to'], markers: ['to'], byObject: { equity: 'reverse', company: 'reverse' }, example: "Hostsund's disposal of its ferry arm to Devton Logistics" },
  // ("eight jets on lease from Siskin Lessors": the lessor is the one the lease comes from.)
  { lemma: 'lease', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['lease', 'leases'], fromReverses: true, example: "SpaceX's Colossus lease to Anthropic" },
  // (A property's letting, as British filings and notes say it: "the Siskin letting at Wendacre Yard", "its letting of the depot to Siskin".)
  { lemma: 'let', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['letting', 'lettings'], example: "Olberth Estates' letting of its Axholm depot to Palindra Foods" },
  // ("Ondo Towers took a decade-long tenancy from Tarvo Telecom": a tenancy is a lease seen from the tenant's
  // side; its lessor is the one it comes from.)
  { lemma: 'tenancy', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['tenancy', 'tenancies'], fromReverses: true, needs: ['from', 'with'], markers: ['with', 'to', 'from'], example: 'Ondo Towers won a 12-year tenancy from Tarvo Telecom for its masts' },
  // ("fixed four carriers on seven-year time charters with Quollmoor": a ship's or plane's hire.)
  { lemma: 'charter', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['charter', 'charters'], fromReverses: true, markers: ['with', 'to'], example: "Astix Maritime's seven-year charters with Quollmoor Energy" },
  { lemma: 'order', frame: 'order', direction: 'reverse', pos: 'noun', forms: ['order', 'orders'], markers: ['with', 'from', 'for'], example: 'Emirates placed an order with Airbus' },
  { lemma: 'access', frame: 'supply', direction: 'reverse', pos: 'noun', forms: ['access'], markers: ['from'], example: 'Anthropic will get access to a million TPUs from Google Cloud' },
  { lemma: 'payment', frame: 'supply', direction: 'reverse', pos: 'noun', forms: ['payment', 'payments'], markers: ['to'], example: "Anthropic's payments to SpaceX" },
  // ("the CHF 500m upfront from Dunlin": a licensor's first payment, named by the licensee it comes from.)
  { lemma: 'upfront', frame: 'licence', direction: 'forward', pos: 'noun', forms: ['upfront'], needs: ['from'], markers: ['from'], example: "Oshvale's CHF 500m upfront from Dunlin Biopharma" },
  { lemma: 'partnership', frame: 'partnership', direction: 'none', pos: 'noun', forms: ['partnership', 'partnerships', 'collaboration', 'collaborations', 'alliance', 'alliances', 'tie-up', 'tie-ups', 'link-up', 'venture', 'ventures', 'jv', 'jvs'], example: "Nvidia's partnership with Intel" },
  // ("a $40 million investment from Siskin Capital": money comes from the investor; a stake "from" a firm is one it sold.)
  { lemma: 'investment', frame: 'investment', direction: 'forward', pos: 'noun', forms: ['investment', 'investments', 'injection', 'injections', 'infusion'], fromReverses: true, example: "Tarvo Robotics took a $40 million investment from Siskin Capital" },
  { lemma: 'investment', frame: 'investment', direction: 'forward', pos: 'noun', forms: ['stake', 'stakes'], example: "Microsoft's stake in OpenAI" },
  // ("the acquisition of a 51% shareholding in Pellion" is a stake bought: an investment.)
  { lemma: 'acquisition', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['acquisition', 'takeover', 'buyout'], byObject: { equity: 'forward' }, example: "Google's acquisition of Wiz" },
  // ("a €120m cheque for a fifth of Siskin", "writing a $75m check for the round": money a buyer or investor hands over, with its sum.)
  { lemma: 'cheque', frame: 'investment', direction: 'forward', pos: 'noun', forms: ['cheque', 'cheques', 'check', 'checks'], needsMoney: true, markers: ['for', 'to'], example: "Tarvo Capital's €120m cheque for 20% of Siskin Foods" },
  // ("Tarvo gets 30 Siskin depots in £70m swoop", "its £2bn swoop for Siskin": the press's word for a buyer's move, with its sum.)
  { lemma: 'swoop', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['swoop', 'swoops'], needsMoney: true, markers: ['on', 'for'], example: "Tarvo Foods' £126m swoop on Siskin Markets" },
  // ("an all-share merger of equals", "walked away from merger talks with Oththorpe": two firms become one.)
  { lemma: 'merger', frame: 'merger', direction: 'none', pos: 'noun', forms: ['merger', 'mergers', 'amalgamation'], markers: ['with', 'between'], example: "Oththorpe Cementi's merger with Haldisson" },
  // ("With the Tavish combination now dead", "a business combination with Orsel": a merger; "a combination of cash and stock" is a mix.)
  { lemma: 'merger', frame: 'merger', direction: 'none', pos: 'noun', forms: ['combination', 'combinations'], unless: ['of'], markers: ['with', 'between'], example: "Hawthorn's combination with Tavish" },
  // ("Pertwick outbid Quorrel for Larkmoor": the bidder that won, and what it bid for; the firm outbid is a rival.)
  { lemma: 'outbid', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['outbids', 'outbid', 'outbidding'], needs: ['for'], markers: ['for'], example: 'Pertwick Data outbid Quorrel Systems for Larkmoor Analytics' },
  { lemma: 'bid', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['bid', 'bids', 'offer', 'offers', 'proposal', 'proposals'], markers: ['for', 'from', 'object'], example: "Bayer's offer for Ocuvia" },
  // ("Tarvo ended its pursuit of Siskin": a bidder's pursuit of a firm is its bid; "the pursuit of growth" names no firm.)
  { lemma: 'bid', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['pursuit'], followedBy: ['of'], needs: ['name'], markers: ['of'], example: "Tarvo's pursuit of Siskin Mining" },
  // ("Siskin spurns Tarvo's £2.2bn approach": a bidder's approach is its offer when a sum stands with it; "a new approach to pricing" is none.)
  { lemma: 'approach', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['approach', 'approaches'], needsMoney: true, markers: ['for', 'from'], example: "Tarvo's £2.2bn approach for Siskin" },
  // ("Tarvo's swoop on Siskin", "a tilt at Siskin": the market press's words for a bid, with the firm bid for after "on" or "at".)
  { lemma: 'bid', frame: 'acquisition', direction: 'forward', pos: 'noun', forms: ['swoop', 'swoops', 'tilt', 'tilts'], followedBy: ['on', 'at', 'for'], markers: ['on', 'at', 'for'], example: "Tarvo Chemie's swoop on Siskin Pigments" },
  // finance registers' nouns of a deal, each with the sum that makes it one:
  // ("a $260m leaseback with Siskin Lessors": goods sold and leased back, a lease from the buyer.)
  { lemma: 'leaseback', frame: 'lease', direction: 'reverse', pos: 'noun', forms: ['leaseback', 'leasebacks', 'sale-leaseback'], needsMoney: true, markers: ['with', 'from', 'to'], example: "Brindmoor Air's $260m leaseback with Siskin Lessors" },
  // ("a C$61m private placement with Norvex", "a ¥4bn allotment of new shares to Velquor": new shares sold to one investor.)
  { lemma: 'placement', frame: 'investment', direction: 'reverse', pos: 'noun', forms: ['placement', 'placements', 'allotment', 'allotments'], needsMoney: true, markers: ['with', 'to'], example: 'Quellby Minerals closed a C$61 million private placement with Norvex Trading' },
  // ("Velquor's ¥27bn outlay for 15% of Kellsmoor", "Tarvo's €90m top-up in Siskin": money a buyer puts into a deal.)
  { lemma: 'outlay', frame: 'investment', direction: 'forward', pos: 'noun', forms: ['outlay', 'outlays', 'top-up', 'top-ups'], needsMoney: true, markers: ['for', 'in', 'into', 'on'], example: "Velquor's ¥27bn outlay for 15% of Kellsmoor" },
  // words chosen by hand from WordNet's candidates for each frame (scripts/lexicon-from-wordnet.mjs)
  ...WORDNET_ACTION_WORDS,
  // ("has contracted 90 MW of wind power from Dravick Wind", "the whole output is contracted to Quenlow Power": goods bought or sold
  // on contract; "contracted with" is any deal, read by the WordNet entry before this one, and "the contracted share of output" no act.)
  { lemma: 'contract', frame: 'supply', direction: 'forward', pos: 'verb', fromReverses: true, needs: ['to', 'from'], markers: ['to', 'from'], unless: ['with', 'share', 'shares', 'capacity', 'revenue', 'revenues', 'backlog', 'volume', 'volumes', 'output', 'sales', 'position', 'base', 'cash', 'price', 'prices', 'rate', 'rates', 'level', 'levels', 'load', 'hours', 'tonnage', 'cover', 'coverage'], example: 'Quenlow Power has contracted 90 MW of wind power from Dravick Wind' },
];

/** Every action word, each with its frame's type. */
export const ACTION_WORDS: readonly ActionWord[] = ACTION_WORD_ENTRIES.map((entry) => ({ ...entry, type: FRAMES[entry.frame].type }));

/** The frames each action lemma's entries name: "lease" names the lease frame, "contract" both supply and deal. */
const FRAMES_OF_LEMMA: ReadonlyMap<string, ReadonlySet<FrameName>> = ACTION_WORDS.reduce((map, word) => {
  map.set(word.lemma, (map.get(word.lemma) ?? new Set<FrameName>()).add(word.frame));
  return map;
}, new Map<string, Set<FrameName>>());
const NO_FRAMES: ReadonlySet<FrameName> = new Set();

/** The frames an action lemma names; none for a word that is no action word. */
export function framesOfLemma(lemma: string | undefined): ReadonlySet<FrameName> {
  return (lemma && FRAMES_OF_LEMMA.get(lemma)) || NO_FRAMES;
}

/** Words that make a purchase or sale one of equity: "buying $3 billion of Brisvane stock". */
export const EQUITY_NOUNS: ReadonlySet<string> = new Set([
  'stake', 'stakes', 'stock', 'stocks', 'share', 'shares', 'equity', 'warrant', 'warrants', 'shareholding', 'holding', 'holdings',
]);

/** Regular inflections of a verb lemma: lease -> leases, leased, leasing. */
export function verbForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  // "clinch" -> "clinches", "finance" -> "finances", "supply" -> "supplies", "supplied".
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  return [lemma, /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, `${stem}ed`, `${stem}ing`];
}

/** Every form of a nominal action ("deal", "contract", "stake"): after a name, such a word makes the name a modifier. */
export const NOMINAL_ACTION_FORMS: ReadonlySet<string> = new Set(
  ACTION_WORDS.filter((w) => w.pos === 'noun').flatMap((w) => [w.lemma, ...(w.forms ?? [])]),
);

/** Every inflected form of the verb action words. */
const VERB_FORMS: readonly string[] = ACTION_WORDS.filter((w) => w.pos === 'verb').flatMap((w) => w.forms ?? verbForms(w.lemma));

/** Every written form of every action word, verb or noun: "leases", "bought", "deal", "stake". */
export const ACTION_WORD_FORMS: ReadonlySet<string> = new Set([...ACTION_WORDS.map((w) => w.lemma), ...VERB_FORMS, ...NOMINAL_ACTION_FORMS]);

/** The -ing forms of the verb action words: "stonechat buying hearthco" governs its object as a finite verb does. */
export const ACTION_GERUNDS: ReadonlySet<string> = new Set(VERB_FORMS.filter((form) => form.endsWith('ing')));

/** The base forms of the deal verbs: "acquire", "buy", "lease". */
export const ACTION_LEMMAS: ReadonlySet<string> = new Set(ACTION_WORDS.filter((w) => w.pos === 'verb').map((w) => w.lemma));

/** Third-person forms of the deal verbs ("clinches", "snaps", "inks"): a verb after a headline's subject, whatever its tags. */
export const ACTION_THIRD_PERSON: ReadonlySet<string> = new Set(VERB_FORMS.filter((form) => /[^s]s$/.test(form)));

/** Deal nouns of a specific kind ("loan", "facility", "lease", "order"), by form: a verb that names no kind takes theirs. */
export const DEAL_NOUNS: ReadonlyMap<string, ActionWord> = new Map(
  ACTION_WORDS.filter((w) => w.pos === 'noun' && w.frame !== 'deal' && w.frame !== 'partnership').flatMap((w) => [w.lemma, ...(w.forms ?? [])].map((f) => [f, w] as const)),
);
