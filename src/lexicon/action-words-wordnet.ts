import type { ActionWordEntry } from './actions.js';

/**
 * An action word kept by hand from the WordNet candidates (`src/lexicon/wordnet/lexicon-from-wordnet.mjs` writes them to
 * `src/lexicon/wordnet/wordnet-candidates.json`); `synset` names the WordNet 3.1 sense it came from, `null` for a word
 * WordNet lacks. WordNet 3.1 Copyright 2011 by Princeton University; notice in docs/licences/wordnet.md.
 */
export interface WordNetActionWord extends ActionWordEntry {
  synset: string | null;
}

const SOLD = { equity: 'reverse', company: 'reverse' } as const;

export const WORDNET_ACTION_WORDS: readonly WordNetActionWord[] = [
  // supply or sale: the actor sells or provides
  { lemma: 'resell', synset: 'resell.v.01', frame: 'sale', direction: 'forward', pos: 'verb', forms: ['resells', 'resold', 'reselling'], byObject: SOLD, example: 'Pellion will resell the servers to Dunmore Logistics' },
  { lemma: 'export', synset: 'export.v.01', frame: 'supply', direction: 'forward', pos: 'verb', markers: ['to'], example: 'Ostrava Mining exports copper to Kestrel Metals' },
  { lemma: 'furnish', synset: 'supply.v.01', frame: 'supply', direction: 'forward', pos: 'verb', markers: ['to', 'object'], example: 'Corvel Systems will furnish Dunmore Logistics with scanners' },
  { lemma: 'divest', synset: 'divest.v.03', frame: 'sale', direction: 'forward', pos: 'verb', byObject: SOLD, needs: ['to', 'name'], example: 'Halvard divested its freight arm to Dunmore Logistics' },
  { lemma: 'offload', synset: 'unload.v.02', frame: 'sale', direction: 'forward', pos: 'verb', byObject: SOLD, needs: ['to', 'name'], example: 'Brightwater offloaded 40 tankers to Marlow Shipping' },
  { lemma: 'outsource', synset: 'outsource.v.01', frame: 'supply', direction: 'reverse', pos: 'verb', markers: ['to'], example: 'Kestrel Foods outsourced its warehousing to Dunmore Logistics' },
  { lemma: 'sale', synset: 'sale.n.01', frame: 'sale', direction: 'forward', pos: 'noun', forms: ['sale'], needs: ['to'], markers: ['to'], byObject: SOLD, example: "Halvard's sale of its depot to Dunmore Logistics" },
  { lemma: 'supply', synset: 'provision.n.02', frame: 'supply', direction: 'forward', pos: 'noun', forms: ['supply'], needs: ['to'], markers: ['to'], example: "Ostrava Mining's supply of nickel to Kestrel Metals" },
  { lemma: 'delivery', synset: 'delivery.n.01', frame: 'supply', direction: 'forward', pos: 'noun', forms: ['delivery', 'deliveries'], markers: ['to'], example: "Aerona's delivery of 12 jets to Marlow Air" },
  { lemma: 'divestiture', synset: 'divestiture.n.02', frame: 'sale', direction: 'forward', pos: 'noun', forms: ['divestiture', 'divestitures', 'divestment', 'disinvestment'], needs: ['to'], markers: ['to'], example: "Halvard's divestiture of its ferry unit to Dunmore Logistics" },
  // lease and licence: the actor lets or licenses out; "from" turns it round
  { lemma: 'charter', synset: 'rent.v.04', frame: 'lease', direction: 'forward', pos: 'verb', fromReverses: true, example: 'Marlow Air chartered two freighters from Dunmore Logistics' },
  { lemma: 'sublease', synset: 'sublet.v.01', frame: 'lease', direction: 'forward', pos: 'verb', fromReverses: true, example: 'Kestrel Foods subleased the warehouse to Pellion' },
  { lemma: 'sublet', synset: 'sublet.v.01', frame: 'lease', direction: 'forward', pos: 'verb', forms: ['sublets', 'subletting'], fromReverses: true, example: 'Kestrel Foods will sublet two floors to Pellion' },
  { lemma: 'rental', synset: 'lease.n.01', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['rental', 'rentals'], fromReverses: true, example: "Kestrel's rental of cranes from Dunmore Logistics" },
  { lemma: 'sublease', synset: 'sublease.n.01', frame: 'lease', direction: 'forward', pos: 'noun', forms: ['sublease', 'subleases'], fromReverses: true, example: "Pellion's sublease from Kestrel Foods" },
  { lemma: 'licence', synset: 'license.v.01', frame: 'licence', direction: 'forward', pos: 'verb', forms: ['licences', 'licenced', 'licencing'], fromReverses: true, example: 'Quillon Pharma licenced the compound to Berrow Bio' },
  { lemma: 'license', synset: 'license.n.01', frame: 'licence', direction: 'forward', pos: 'noun', forms: ['license', 'licenses', 'licence', 'licences'], fromReverses: true, markers: ['to'], example: "Berrow Bio's licence from Quillon Pharma" },
  // order and purchase: the actor buys
  { lemma: 'commission', synset: 'commission.v.02', frame: 'order', direction: 'reverse', pos: 'verb', markers: ['object', 'from'], needs: ['name'], example: 'Kestrel Foods commissioned Dunmore Logistics to build a depot' },
  { lemma: 'purchase', synset: 'purchase.n.01', frame: 'order', direction: 'reverse', pos: 'noun', forms: ['purchase', 'purchases'], needs: ['from', 'of'], markers: ['from'], unlessAfter: ['power'], byObject: { equity: 'forward', company: 'forward' }, example: "Marlow Air's purchase of 30 jets from Aerona" },
  { lemma: 'procurement', synset: 'procurement.n.01', frame: 'order', direction: 'reverse', pos: 'noun', forms: ['procurement', 'procurements'], needs: ['from'], markers: ['from'], example: "the Navy's procurement of 12 drones from Corvel Systems" },
  { lemma: 'offtake', synset: null, frame: 'order', direction: 'reverse', pos: 'noun', forms: ['offtake', 'offtakes'], markers: ['from', 'with'], example: "Kestrel's offtake from Ostrava Mining" },
  // loan and credit: the actor lends; "from" names the lender of a loan
  { lemma: 'lend', synset: 'lend.v.02', frame: 'loan', direction: 'forward', pos: 'verb', forms: ['lends', 'lent', 'lending'], markers: ['to', 'object'], example: 'Rovena Bank lent $300 million to Kestrel Foods' },
  { lemma: 'loan', synset: 'lend.v.02', frame: 'loan', direction: 'forward', pos: 'verb', markers: ['to', 'object'], example: 'Rovena Bank loaned Kestrel Foods $300 million' },
  { lemma: 'loan', synset: 'loan.n.01', frame: 'loan', direction: 'forward', pos: 'noun', forms: ['loan', 'loans'], fromReverses: true, markers: ['to'], example: 'Kestrel Foods took a $300 million loan from Rovena Bank' },
  // ("disbursed a further $40 million": paying out a loan's or a grant's money, added by hand; WordNet's sense is spending.)
  { lemma: 'disburse', synset: null, frame: 'loan', direction: 'forward', pos: 'verb', markers: ['to', 'object'], needsMoney: true, example: 'Rovena Bank disbursed $40 million to Kestrel Foods' },
  { lemma: 'disbursement', synset: null, frame: 'loan', direction: 'forward', pos: 'noun', forms: ['disbursement', 'disbursements', 'disbursal', 'disbursals'], fromReverses: true, needs: ['to', 'from'], markers: ['to'], example: "Rovena Bank's disbursement of $40 million to Kestrel Foods" },
  { lemma: 'borrow', synset: 'borrow.v.01', frame: 'loan', direction: 'reverse', pos: 'verb', needs: ['from'], markers: ['from'], example: 'Kestrel Foods borrowed $300 million from Rovena Bank' },
  { lemma: 'finance', synset: 'finance.v.01', frame: 'loan', direction: 'forward', pos: 'verb', example: 'Halvard Capital will finance Dunmore Logistics' },
  { lemma: 'underwrite', synset: 'underwrite.v.01', frame: 'loan', direction: 'forward', pos: 'verb', forms: ['underwrites', 'underwrote', 'underwritten', 'underwriting'], markers: ['object', 'for'], example: 'Rovena Bank underwrote Pellion with a $90 million guarantee' },
  { lemma: 'bankroll', synset: 'bankroll.v.01', frame: 'investment', direction: 'forward', pos: 'verb', example: 'Halvard Capital bankrolled Pellion' },
  // grants and subsidies: the actor gives money
  { lemma: 'grant', synset: 'award.v.02', frame: 'grant', direction: 'forward', pos: 'verb', markers: ['to', 'object'], example: 'the Energy Ministry granted $40 million to Brightwater' },
  { lemma: 'subsidize', synset: 'subsidize.v.01', frame: 'grant', direction: 'forward', pos: 'verb', forms: ['subsidize', 'subsidizes', 'subsidized', 'subsidizing', 'subsidise', 'subsidises', 'subsidised', 'subsidising'], example: 'the Energy Ministry will subsidize Brightwater' },
  { lemma: 'grant', synset: 'grant.n.01', frame: 'grant', direction: 'forward', pos: 'noun', forms: ['grant', 'grants'], fromReverses: true, needs: ['to', 'from'], markers: ['to'], example: 'Brightwater won a $40 million grant from the Energy Ministry' },
  { lemma: 'subsidy', synset: 'subsidy.n.01', frame: 'grant', direction: 'forward', pos: 'noun', forms: ['subsidy', 'subsidies', 'subvention', 'subventions'], fromReverses: true, needs: ['to', 'from'], markers: ['to', 'for'], example: "the Energy Ministry's subsidy to Brightwater" },
  // takeovers and mergers
  // ("Brennock bags Qaltu": headline slang for taking a firm, added by hand, no candidate sense; a sum or a contract
  // bagged is a deal noun's to read.)
  { lemma: 'bag', synset: null, frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['bags', 'bagged', 'bagging'], needs: ['name'], example: 'Brennock Metals bags Qaltu Lithium' },
  { lemma: 'snap', synset: 'snap_up.v.01', frame: 'acquisition', direction: 'forward', pos: 'verb', forms: ['snaps', 'snapped', 'snapping'], needs: ['up'], example: 'Halvard Capital snapped up Pellion' },
  { lemma: 'merge', synset: 'unite.v.06', frame: 'merger', direction: 'none', pos: 'verb', markers: ['with', 'into', 'object'], example: 'Dunmore Logistics will merge with Kestrel Freight' },
  { lemma: 'amalgamate', synset: 'mix.v.05', frame: 'merger', direction: 'none', pos: 'verb', markers: ['with', 'into', 'object'], example: 'Dunmore Logistics amalgamated with Kestrel Freight' },
  // partnerships
  { lemma: 'cooperate', synset: 'collaborate.v.01', frame: 'partnership', direction: 'none', pos: 'verb', forms: ['cooperate', 'cooperates', 'cooperated', 'cooperating', 'co-operate', 'co-operates', 'co-operated', 'co-operating'], example: 'Pellion will cooperate with Corvel Systems' },
  { lemma: 'ally', synset: 'ally.v.01', frame: 'partnership', direction: 'none', pos: 'verb', forms: ['allies', 'allied', 'allying'], needs: ['with'], example: 'Pellion allied with Corvel Systems' },
  { lemma: 'join', synset: 'collaborate.v.01', frame: 'partnership', direction: 'none', pos: 'verb', needs: ['forces'], markers: ['with'], example: 'Pellion joined forces with Corvel Systems' },
  { lemma: 'cooperation', synset: 'cooperation.n.02', frame: 'partnership', direction: 'none', pos: 'noun', forms: ['cooperation', 'co-operation'], example: "Pellion's cooperation with Corvel Systems" },
  // sponsorship: the sponsor pays, the sponsored side gives its name or its shirts
  { lemma: 'sponsor', synset: 'sponsor.v.01', frame: 'sponsorship', direction: 'reverse', pos: 'verb', markers: ['object'], example: 'Kestrel Foods sponsors Halden United' },
  { lemma: 'sponsorship', synset: 'sponsorship.n.01', frame: 'sponsorship', direction: 'reverse', pos: 'noun', forms: ['sponsorship', 'sponsorships'], markers: ['of', 'with', 'object'], example: "Kestrel's sponsorship of Halden United" },
  // closing a deal of any kind: which way it runs comes from the deal's own words
  { lemma: 'ink', synset: 'ink.v.01', frame: 'deal', direction: 'none', pos: 'verb', markers: ['with', 'object'], example: 'Pellion inks Corvel Systems' },
  { lemma: 'clinch', synset: 'clinch.v.06', frame: 'deal', direction: 'none', pos: 'verb', needs: ['with'], example: 'Pellion clinched terms with Corvel Systems' },
  { lemma: 'seal', synset: 'seal.v.03', frame: 'deal', direction: 'none', pos: 'verb', needs: ['with'], example: 'Pellion sealed terms with Corvel Systems' },
  { lemma: 'strike', synset: 'strike.v.22', frame: 'deal', direction: 'none', pos: 'verb', forms: ['strikes', 'struck', 'striking'], needs: ['with'], example: 'Pellion struck terms with Corvel Systems' },
  { lemma: 'contract', synset: 'sign.v.04', frame: 'deal', direction: 'none', pos: 'verb', needs: ['with'], markers: ['with'], example: 'Kestrel Foods contracted with Dunmore Logistics to haul grain' },
  { lemma: 'subcontract', synset: 'subcontract.v.02', frame: 'supply', direction: 'reverse', pos: 'verb', needs: ['to'], markers: ['to'], example: 'Corvel Systems subcontracted the wiring to Pellion' },
  { lemma: 'subcontract', synset: 'subcontract.n.01', frame: 'deal', direction: 'none', pos: 'noun', forms: ['subcontract', 'subcontracts'], example: "Pellion's subcontract with Corvel Systems" },
];
