import { ENDING_VERB_FORMS } from './deal-endings.js';
/** Capitalized words that name no party: "AI", "IPO", "GPU", "CEO", weekdays, months. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  'ai', 'agi', 'ml', 'llm', 'llms', 'ipo', 'ipos', 'ceo', 'cfo', 'cto', 'coo', 'gpu', 'gpus', 'tpu', 'tpus', 'cpu', 'cpus',
  'api', 'apis', 'pc', 'pcs', 'ev', 'evs', 'saas', 'iaas', 'capex', 'opex', 'r&d', 'eps', 'ebitda', 'q1', 'q2', 'q3', 'q4',
  'h1', 'h2', 'fy', 'yoy', 'ppa', 'ppas', 'mou', 'mw', 'gw', 'kw', 'tw', 'mwh', 'gwh', 'twh', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'ok', 'tv',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'i', 'mr', 'mrs', 'ms', 'dr', 'billion', 'million', 'trillion', 'today',
  // pronouns and deictic words opening a sentence: "That is a six-year commitment", "There are two bidders"
  'that', 'these', 'those', 'there', 'here',
  // a long-term agreement by its initials: "the Bronholm LTA confirmed"
  'lta', 'ltas', 'ltsa', 'ltsas',
  // scale words a sum spelled out in capitals uses ("Rupees Three Hundred Twelve Crore only")
  'hundred', 'thousand', 'lakh', 'lakhs', 'crore', 'crores', 'rupees', 'only',
  // units of power written with a capital ("a 400 kV line", "250 MWp", "60 MVA")
  'kv', 'mva', 'kva', 'mwp', 'kwp', 'gwp', 'mwh', 'mwe', 'mwac', 'mwdc', 'yesterday', 'tomorrow', 'this', 'last',
  'next', 'year', 'week', 'month', 'quarter', 'us', 'usa', 'uk', 'eu', 'u.s', 'u.s.', 'u.k.',
  // a job title opening a sentence: "Chief financial officer Priya Rorrmore said"
  'chief',
  // a filing's kind in its heading: "ASX ANNOUNCEMENT | Pellham Minerals", "Intimation under Regulation 30"
  'announcement', 'announcements', 'intimation', 'circular', 'disclosure',
  // analysts' shorthand and ratings: "TP US$27", "We cut Allix to Hold", "reiterate Outperform"
  'we', 'our', 'mgmt', 'tp', 'pt', 'hold', 'buy', 'sell', 'outperform', 'underperform', 'overweight', 'underweight', 'neutral',
  'accumulate', 'reduce', 'add', 'equal', 'weight', 'market', 'perform', 'sector', 'strong', 'conviction', 'yes', 'no', 'so', 'well',
  'spec', 'speculative',
  // the fillers of talk a transcript capitalizes after a full stop: "Um, their earlier contract ran three years"
  'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'yeah', 'yep', 'ah', 'oh', 'okay',
  // finance shorthand: "1.4x TBV", "c.13x EBITDA" ("a $300m Series C": `FUNDING_SERIES` in mentions)
  'tbv', 'nav', 'irr', 'roe', 'roi', 'roic', 'cagr', 'dcf', 'aum', 'arpu', 'bps', 'qoq', 'ttm', 'ltm', 'ytd', 'ebit', 'fcf', 'ev/ebitda',
  'p/e', 'pe', 'mou', 'moa', 'loi', 'spa', 'jv', 'ipo', 'esg', 'ceo', 'hq',
  // project milestones: "SOP 2028" (start of production), "COD in 2027" (commercial operation), "FID next year", "NTP issued"
  'sop', 'cod', 'fid', 'ntp',
  // contract and valuation shorthand: "Rs 2,800 cr TCV", "OB of Rs 9,000 cr" (order book), "PB coffee" (private brand), "ARR of $40m", "a 12x EV/EBIT", "SOTP value"
  'tcv', 'acv', 'ob', 'pb', 'arr', 'asp', 'mrr', 'nrr', 'gmv', 'ltv', 'cac', 'npv', 'wacc', 'sotp', 'ffo', 'affo', 'noi', 'dps', 'bvps', 'tsr',
  'ebitdar', 'ebt', 'pbt', 'pat', 'opm', 'ev/ebit', 'ev/sales', 'ev/s', 'ev/rev', 'yoy', 'mom', 'cy', 'bn', 'mn', 'mln', 'bln', 'cr',
  // loans by their kind: "a 7yr TL", "the TLB prices at S+350", "refi done", "an SLL with a margin ratchet"
  'tl', 'tla', 'tlb', 'refi', 'refis', 'sll', 'slls',
  // reinsurance by its kind: "the 40% QS placed on its motor book", "the cat XoL renewal"
  'qs', 'xol',
  // deal shorthand in notes and posts: "Tarvo TC: 3x ..." (time charter), "Siskin MG ¥1.6bn" (minimum guarantee), "OID
  // 99.25" (original issue discount), "the PR overstates it" (press release), "3x Kmax" (a Kamsarmax bulker)
  'tc', 'bbc', 'coa', 'mg', 'oid', 'pr', 'kmax',
  // what a firm has contracted and not yet billed: "booked into RPO", "cRPO rose"
  'rpo', 'crpo', 'backlog',
  // a firm's own borrowing lines: "funds the £140m from its RCF"
  'rcf', 'abl',
  // taxes a price is stated with or without: "EUR 48,500,000 (VAT excluded)", "plus GST"
  'vat', 'gst', 'hst', 'iva', 'tva', 'mwst',
  // words that open a sentence, the tagger sometimes calls them names: '"There is no agreement," he said'
  'there', 'here', 'nothing', 'everything', 'everyone', 'nobody', 'somebody', 'someone',
  // question and relative words, which a speaker's label can leave looking mid-sentence: "KEIKO SATO: Which is ..."
  'which', 'what', 'whose', 'whom', 'where', 'when', 'why', 'how', 'whichever', 'whatever',
  // units of measure written in capitals: "1.2m TEU of capacity", "300,000 DWT", "4 MTPA", "80,000 BPD"
  'teu', 'teus', 'feu', 'dwt', 'mtpa', 'ktpa', 'tpa', 'bpd', 'boe', 'boepd', 'mmbtu', 'mmscfd', 'bcm',
  // generations of mobile networks: "its 5G rollout", "4G coverage"
  '2g', '3g', '4g', '5g', '6g', 'lte',
  // project and finance milestones: "the rest falls due at FID", "OP guidance of ¥9bn" (operating profit)
  'fid', 'cod', 'op',
  // the Incoterms 2020 trade terms: "copper cathode CIF Rotterdam", "priced FOB Santos"
  'exw', 'fca', 'fas', 'fob', 'cfr', 'cif', 'cpt', 'cip', 'dap', 'dpu', 'ddp',
  // reference rates a loan is priced over: "a margin over Euribor", "SOFR plus 2.1%"
  'euribor', 'sofr', 'sonia', 'libor', 'saron', 'tona', 'estr', 'mclr', 'sibor', 'hibor', 'bbsy', 'jibar',
  // finance shorthand: "via a QIP", "ROCE of 14%", "EBITDAaL" (not "MSA", "CIO" or "SLA", which a body's own initials
  // may spell: "the Norland Space Agency (NSA)")
  'qip', 'roce', 'ebitdaal',
  // contract kinds and market words: "the EPC contract", "a fibre IRU", "OEM demand", "FX moves"
  'epc', 'iru', 'irus', 'oem', 'oems', 'fx',
  // what a licence is of: "a chip IP licence", "an IP licensing deal"
  'ip',
  // chat shorthand that opens a post: "fwiw Tarvo already ...", "imo the price is light", "tbh nobody saw it"
  'fwiw', 'imo', 'imho', 'tbh', 'btw', 'iirc', 'afaik', 'afaict', 'fyi', 'ngl', 'idk', 'lol', 'lmao', 'smh', 'tldr', 'tl;dr', 'psa', 'eli5', 'ftw',
]);

/** Goods written as acronyms, a name's last word ("Tellurian LNG") but never a party alone: "20 years of LNG from Qualdton". */
export const GOODS_ACRONYMS: ReadonlySet<string> = new Set([
  'lng', 'lpg', 'cng', 'ngl', 'ngls', 'saf', 'hvo', 'dram', 'nand', 'hbm', 'asic', 'asics', 'fpga', 'fpgas', 'ssd', 'ssds', 'ev', 'evs',
  // chips by their kind: "40nm PMIC/MCU", "automotive MCUs", "a 5nm SoC"
  'pmic', 'pmics', 'mcu', 'mcus', 'soc', 'socs', 'cpu', 'cpus', 'gpu', 'gpus', 'npu', 'npus',
  // trains by their kind: "a Valdora EMU order"
  'emu', 'emus', 'dmu', 'dmus', 'bemu', 'bemus',
  // gas carriers by their kind: "4x LNGC", "two VLGCs"
  'lngc', 'lngcs', 'vlgc', 'vlgcs',
]);

/**
 * Size classes of ships: "four Ultramax bulkers", "an Aframax tanker", "5x Supramax". The classes shipbrokers name bulk
 * carriers and tankers by, from Handysize to ULCC; they count ships ("nine Supramaxes") and name the goods of a deal
 * (`ship-class` in deal-objects.ts). The LR and MR tanker classes ("4 LR2") are written with digits and read as model codes.
 */
export const SHIP_SIZE_CLASSES: ReadonlySet<string> = new Set([
  'handysize', 'handymax', 'supramax', 'ultramax', 'panamax', 'kamsarmax', 'post-panamax', 'neo-panamax', 'neopanamax', 'capesize',
  'newcastlemax', 'valemax', 'chinamax', 'baltimax', 'seawaymax', 'malaccamax', 'aframax', 'suezmax', 'vlcc', 'ulcc', 'vloc',
  'q-max', 'q-flex',
]);

/** The size class a lowercase word names, in the singular or the plural ("supramaxes", "capesizes", "vlccs"), or null. */
export function shipClassOf(lower: string): string | null {
  for (const form of [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')]) if (SHIP_SIZE_CLASSES.has(form)) return form;
  return null;
}

/** What a plant or a field yields, which a share "of" is a share of, not of a firm: "all 100% of the power", "half of its ore". */
export const OUTPUT_NOUNS: ReadonlySet<string> = new Set([
  'output', 'production', 'electricity', 'power', 'energy', 'generation', 'capacity', 'volume', 'volumes', 'supply', 'supplies',
  'crop', 'crops', 'harvest', 'concentrate', 'ore', 'gas', 'oil', 'lng', 'product', 'products', 'yield', 'throughput', 'offtake',
]);

/** Marks a tracker's line points from a deal's giving side to its receiving one with: "->", "=>", "→". */
export const ARROW = /^(?:-{1,2}>|=>|\u2192|\u27f6|\u21d2)$/;
/** An arrow pointing back, from the second name to the first: "Tarvo <- Siskin" (Siskin gives). */
export const BACK_ARROW = /^(?:<-{1,2}|<=|\u2190|\u27f5|\u21d0)$/;

/**
 * Whether the share at token `k` is "of" what a plant yields: "sells 100% of its electricity", "60% of the output"
 * (`OUTPUT_NOUNS`), an "of" within three words after it and an owner's word before the noun.
 */
export function ofOutput(tokens: readonly { norm: string }[], k: number): boolean {
  let at = tokens.findIndex((t, j) => j > k && j <= k + 3 && t.norm === 'of');
  if (at < 0) return false;
  at++;
  if (/^(?:the|its|their|his|her)$/.test(tokens[at]?.norm ?? '')) at++;
  return OUTPUT_NOUNS.has(tokens[at]?.norm ?? '');
}

/** The chemical elements' symbols, from the periodic table: a formula of them ("SiC", "GaN", "LiOH") names a material. */
export const ELEMENT_SYMBOLS: ReadonlySet<string> = new Set(('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se '
  + 'Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt '
  + 'Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og').split(' '));

/**
 * Nouns that relate one party to another, so "OpenAI's rival, Anthropic" names Anthropic, not OpenAI.
 * Also titles before a name: "rival Anthropic", "competitor Anthropic".
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners', 'customer', 'customers', 'client', 'clients',
  'supplier', 'suppliers', 'parent', 'subsidiary', 'unit', 'division', 'arm', 'investor', 'investors', 'backer', 'backers',
  'founder', 'cofounder', 'co-founder', 'ceo', 'chief', 'owner', 'shareholder', 'shareholders', 'peer', 'peers',
  'neighbor', 'neighbour', 'ally', 'allies', 'affiliate', 'sister', 'spinoff', 'spin-off', 'startup', 'start-up',
]);

/** Pronouns and phrases that refer back to a party. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'she', 'her', 'hers']);
export const NEUTER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'their', 'them']);
/** "we", "our", "us": in quoted speech, the speaker's firm. */
export const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['we', 'our', 'us', 'ours']);
/** "the company", "the firm": a definite reference to the last organization. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'startup', 'lab', 'group', 'giant', 'chipmaker', 'automaker', 'carrier', 'airline', 'insurer',
  'lender', 'bank', 'retailer', 'drugmaker', 'developer', 'operator', 'provider', 'manufacturer', 'conglomerate',
  'league', 'broadcaster', 'network', 'fund', 'planemaker', 'lessor', 'streamer', 'maker', 'supplier', 'team', 'club',
  'studio', 'utility', 'automaker', 'buyer', 'seller', 'acquirer', 'investor', 'hyperscaler', 'platform',
  // ("took three hulls from the same yard": in shipping the yard is the builder.)
  'yard', 'shipyard',
]);

/**
 * Agent nouns of trades that stand for a company ("the carmaker", "the shipbuilder", "the Norwegian shipowner",
 * "the fertiliser producer"): a word that ends in one of these is a company noun too.
 */
const COMPANY_NOUN_ENDINGS = /(?:maker|builder|owner|producer|supplier|retailer|provider|distributor|manufacturer|operator|miner|refiner|grocer|insurer|lender|carrier|shipper|discounter|wholesaler|exporter|importer)$/;

/** Whether a lowercase word names a kind of company: one of `COMPANY_NOUNS` or an agent noun of a trade. */
export const isCompanyNoun = (word: string): boolean => COMPANY_NOUNS.has(word) || COMPANY_NOUN_ENDINGS.test(word);

/** Verbs of giving that name no kind of deal themselves: what they give does ("provided a $600m facility" is a loan). */
export const YIELDING_VERBS: ReadonlySet<string> = new Set(['provide', 'extend', 'grant', 'arrange', 'offer']);
/** Verbs whose subject gets the other end of the deal noun they govern: "secured a loan from X" borrows, "won an order from Y" supplies. */
export const CONVERSE_VERBS: ReadonlySet<string> = new Set(['win', 'land', 'secure', 'obtain', 'receive', 'get', 'book']);

/** Nouns a product or business under a brand is called by: "cookware label hearthco", "the payments app feldspar". */
export const BRAND_NOUNS: ReadonlySet<string> = new Set([
  'brand', 'label', 'app', 'chain', 'marketplace', 'subsidiary', 'unit', 'arm', 'business', 'service', 'venture', 'spinoff',
]);

/** Last words that mark an organization's name rather than a person's: "Google Cloud", "Bank of America". */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'ag', 'sa', 'se', 'nv', 'gmbh', 'group', 'holdings',
  'labs', 'lab', 'capital', 'partners', 'ventures', 'bank', 'cloud', 'systems', 'technologies', 'technology', 'energy',
  'motors', 'airlines', 'airways', 'air', 'pharmaceuticals', 'pharma', 'therapeutics', 'bio', 'networks', 'services',
  'industries', 'international', 'global', 'fund', 'trust', 'foundation', 'university', 'institute', 'ai', 'robotics',
  'semiconductor', 'semiconductors', 'devices', 'electric', 'power', 'media', 'studios', 'entertainment', 'sports',
  'league', 'club', 'authority', 'department', 'ministry', 'directorate', 'agency', 'government', 'council', 'commission',
  'electronics', 'platforms', 'web', 'software', 'communications', 'telecom', 'financial', 'resources', 'brands',
  'foods', 'health', 'healthcare', 'insurance', 'logistics', 'materials', 'mining', 'petroleum', 'renewables',
  'aerospace', 'defense', 'defence', 'automotive', 'investments', 'management', 'securities', 'bancorp', 'video',
  'pictures', 'records', 'music', 'games', 'mobile', 'wireless', 'broadband', 'satellite', 'biotech', 'biosciences',
  'sciences', 'medical', 'labs', 'research', 'solutions', 'computing', 'data', 'chemicals', 'steel', 'motor',
  'infrastructure', 'shipping', 'shipbuilding', 'offshore', 'oil', 'gas', 'rail', 'transport', 'freight', 'marine',
  'maritime', 'minerals', 'metals', 'utilities', 'aviation', 'airport', 'properties', 'realty', 'construction', 'engineering',
]);

/**
 * Legal suffixes dropped from canonical names: "Nvidia Corp." -> "Nvidia", "Hostsund Marine ASA" -> "Hostsund Marine".
 * "Holdings" and "Group" count when another word stands before them ("Allix Holdings" -> "Allix").
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'plc', 'p.l.c.',
  'co', 'co.', 'ag', 'sa', 's.a.', 'se', 'nv', 'n.v.', 'bv', 'b.v.', 'gmbh', 'kgaa', 'lp', 'l.p.', 'llp', 'asa', 'ab', 'a/s',
  'oyj', 'spa', 's.p.a.', 'sas', 'sarl', 'kk', 'k.k.', 'pty', 'pte', 'ltda', 'bhd', 'tbk', 'pbc', 'holdings', 'holding', 'group',
  // Italy, Romania (S.r.l.), the Gulf and Russia (PJSC, JSC), Finland (Oy), Hungary (Nyrt., Zrt., Kft.), Turkey (A.Ş.),
  // Czechia and Slovakia (a.s.), Spain (S.L.), Egypt (S.A.E.), Malaysia (Sdn), Sweden's "(publ)"
  'srl', 's.r.l', 's.r.l.', 'pjsc', 'jsc', 'oy', 'nyrt', 'nyrt.', 'zrt', 'zrt.', 'kft', 'kft.', 'a.ş', 'a.ş.', 'a.s.', 's.l.',
  's.a.e.', 'sae', 'sdn', 'publ', 'pvt', 'pvt.', 'pte.', 'pty.',
  // Ireland (DAC), Canada (ULC), Portugal (Lda.), Denmark (ApS), Japan (GK), Germany (KG, OHG, mbH), Czechia and Slovakia
  // (s.r.o.), the Balkans (d.o.o., EAD), Russia (OAO, ZAO, OOO), Mexico (S.A.B.), France (S.A.S.), Belgium (BVBA, SPRL),
  // Latin America (Limitada), Iceland (hf.)
  'dac', 'd.a.c.', 'ulc', 'lda', 'lda.', 'aps', 'gk', 'kg', 'ohg', 'mbh', 's.r.o.', 'sro', 'd.o.o.', 'doo', 'ead', 'oao', 'zao', 'ooo',
  'sab', 's.a.b.', 's.a.s.', 'bvba', 'sprl', 'limitada', 'ltda.', 'hf', 'hf.',
  // the same forms written out: Malaysia (Berhad), Germany and Switzerland (Aktiengesellschaft), Sweden (Aktiebolag),
  // Norway (Aksjeselskap, Allmennaksjeselskap), Finland (Osakeyhtiö)
  'berhad', 'aktiengesellschaft', 'aktiebolag', 'aksjeselskap', 'allmennaksjeselskap', 'osakeyhtiö',
  // a US national bank (N.A., National Association), a US trust company (N.T.)
  'n.a.', 'n.a', 'n.t.',
  // Luxembourg (S.à r.l., written in two words), Spain's one-owner companies (S.A.U., S.L.U.), Thailand (PCL), Qatar (QPSC),
  // Oman (SAOG), the Emirates (PSC), Canada's French form (Ltée), Estonia (OÜ)
  's.à', 'r.l.', 'sàrl', 's.à.r.l.', 's.a.u.', 'sau', 's.l.u.', 'slu', 'pcl', 'qpsc', 'q.p.s.c.', 'saog', 'psc', 'ltée', 'oü',
]);

/**
 * Legal suffixes that writers keep as part of a company's name ("Bunnrin Insurance Group", "Bethar Port
 * Holdings"): a written name keeps them, the entity table keys a name without them.
 */
// ("Co-operative" and "Co-op" are read as "cooperative" where a name's key is made: `normalize/entities.ts`.)
export const COMPANY_FORMS: ReadonlySet<string> = new Set(['group', 'holdings', 'holding', 'corporation', 'corp', 'corp.', 'cooperative']);

/** Words that deny what follows: "did not", "never", "denied that". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'dismissed', 'dismisses', 'nor', 'without',
  // "Mgmt's flat denial that any Kestrin transaction is on the table"
  'denial', 'denials',
  // "has withdrawn its bid", "scraps its offer", "the regulator blocked Casteluz buying Vintem":
  // the words of src/lexicon/deal-endings.ts that end a deal wherever they stand before it
  ...ENDING_VERB_FORMS,
]);

/** Words that hedge or attribute: "likely", "reportedly", "according to". */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'likely', 'unlikely', 'reportedly', 'allegedly', 'may', 'might', 'could', 'would', 'possibly', 'perhaps', 'probably',
  'rumored', 'rumoured', 'reported', 'reports', 'expected', 'considering', 'weighing', 'exploring', 'mulling', 'plans',
  'planning', 'sources', 'speculation', 'apparently', 'supposedly', 'talks', 'estimated', 'estimates',
]);

/** Words that give the counterparty all of something: "the entire capacity", "all of Colossus", "exclusively". */
export const EXCLUSIVE_WORDS: ReadonlySet<string> = new Set([
  'entire', 'entirety', 'exclusive', 'exclusively', 'sole', 'solely', 'whole', 'all', 'full',
]);

/**
 * Verbs that give a firm a role: "Abthorpe has signed Godwit as exclusive provider", "Kelbrook has picked Vunnsund
 * to build 24 trains".
 */
export const APPOINTING_VERBS: ReadonlySet<string> = new Set([
  'sign', 'signs', 'signed', 'name', 'names', 'named', 'appoint', 'appoints', 'appointed', 'select', 'selects', 'selected',
  'pick', 'picks', 'picked', 'choose', 'chooses', 'chose', 'chosen', 'tap', 'taps', 'tapped', 'hire', 'hires', 'hired',
  'retain', 'retains', 'retained', 'commission', 'commissions', 'commissioned',
]);

/** A country's divisions: after a name they make a public body ("the Odisha state") or, after a preposition of place, a place ("in Vantmoor state"). */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'prefecture', 'county', 'region', 'district', 'territory', 'oblast', 'country', 'emirate']);

/**
 * Prepositions that place a name, never make it a party: "near Zaragoza", "across Aragon", "beside the Tyne". ("Off" is not one:
 * "taking a shed off Banby" names the lessor.)
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'outside', 'across', 'along', 'throughout', 'around', 'via', 'inside', 'beyond', 'beside', 'overlooking']);

/**
 * Verbs that move goods somewhere, in all their forms: after them "to" and a place's name give where the goods go,
 * never who buys them ("ships the ore to China for Pertwick"). With other verbs a place after "to" may be a party
 * ("licensed to Ontario").
 */
export const CARRYING_VERBS: ReadonlySet<string> = new Set([
  'ship', 'ships', 'shipped', 'shipping', 'export', 'exports', 'exported', 'exporting', 'send', 'sends', 'sent', 'sending',
  'transport', 'transports', 'transported', 'transporting', 'haul', 'hauls', 'hauled', 'hauling', 'carry', 'carries',
  'carried', 'carrying', 'truck', 'trucks', 'trucked', 'trucking', 'rail', 'railed', 'railing', 'route', 'routes', 'routed',
  'routing', 'move', 'moves', 'moved', 'moving', 'bring', 'brings', 'brought', 'bringing', 'fly', 'flies', 'flew', 'flown',
  'sail', 'sails', 'sailed', 'sailing', 'pipe', 'piped', 'piping', 'export-bound', 'bound',
]);

/** Prepositions that make a place's name (one compromise's lexicon knows) a where: "in Japan", "of the United States", "for Asia", "a licence covering Japan". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'into', 'of', 'for', 'on', 'within', 'between', 'among', 'covering', 'spanning', 'outside']);

/** Last words of a publication's name, which reports and is never a party: "AgriInputs Weekly:", "BioDeals Daily". */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'weekly', 'daily', 'monthly', 'digest', 'roundup', 'newsletter', 'journal', 'gazette', 'herald', 'tribune', 'bulletin',
  'dispatch', 'podcast', 'briefing', 'brief', 'news', 'times', 'wire', 'newswire', 'insider', 'ledger', 'chronicle', 'observer',
]);

/** Prepositions that put a name out of the subject's place: "part of SpaceX", "companies like Anthropic". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'with', 'from', 'in', 'into', 'for', 'by', 'at', 'on', 'like', 'than', 'under', 'about', 'over', 'against',
  'between', 'among', 'via', 'through', 'across', 'as', 'including', 'toward', 'towards', 'onto', 'within', 'behind',
  'outside', 'beyond', 'except', 'excluding', 'inside', 'near', 'after', 'before', 'since', 'until', 'during', 'despite',
]);

/** Auxiliaries and modals between a subject and its verb: "SpaceX is leasing", "AMD will supply". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'do', 'does', 'did', 'to', 'not', 'also', 'now', 'reportedly', 'already', 'still',
  'formally', 'officially',
]);

/** Counted nouns that describe the telling, not the deal: "two people briefed", "the two companies". */
export const NARRATIVE_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'person', 'people', 'source', 'executive', 'analyst', 'company', 'firm', 'party', 'side', 'time', 'way', 'reason',
  'thing', 'step', 'point', 'factor', 'investor', 'official', 'insider', 'report', 'story', 'day', 'week', 'month', 'year',
  'quarter', 'decade', 'hour', 'minute',
  // ("Skyvale carried 14.8 million passengers last year": whom a firm carries, not what a deal moves; staff may move with an outsourcing deal.)
  'passenger',
]);

/**
 * Words with which a correction quotes what an earlier item wrongly said: "Correction: Monday's digest said the deal was
 * worth £640m", "an earlier version of this story incorrectly reported ...". The figures and the deal after them are
 * taken back.
 */
export const RETRACTION_CUES: readonly string[] = ['digest said', 'newsletter said', 'item said', 'scorecard said', 'roundup said', 'briefing said', 'bulletin said', 'edition said', 'earlier story said', 'earlier report said',
  'earlier article said', 'earlier version said', 'earlier version of this story said', 'earlier version of this article said', 'incorrectly said',
  'incorrectly stated', 'incorrectly reported', 'wrongly said', 'wrongly stated', 'wrongly reported', 'erroneously said', 'erroneously stated',
  'erroneously reported', 'mistakenly said', 'mistakenly reported', 'misstated', 'misreported'];
