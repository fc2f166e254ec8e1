// Generated from the zod schemas and their .describe() texts by test/schema-types.test.ts:
// run `npm run types:schema` after changing a schema. Do not edit by hand.

import type { Action, ActionEntry, ActionType, Affiliation, Amount, Bound, Claim, ClaimTime, Consensus, DealObject, Duration, Entity, Event, FieldPositions, Finding, FindingField, FindingSide, LexiconInput, PairCoverage, PartialExclusives, Party, Period, Position, Quantity, Span } from './index.js';

/** Half-open `[start, end)` offsets into the source text: `text.slice(start, end)` is the words as written. */
export interface SpanFields {
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character (half-open). */
  end: number;
}

/** A sum of money: "$45B", "€2.5bn", "$15 billion annually", "between $10 and $12 billion". */
export interface AmountFields {
  /** Central value. For a rate it is per `per`; for a bound it is the bound itself. */
  value: number;
  /** Lowest value the words allow (equal to `value` when exact). */
  min: number;
  /** Highest value the words allow; null when unbounded ("more than $5 billion"). */
  max: number | null;
  /** How a value was stated: `exact` ("$45 billion"), `approximate` ("about $45 billion"), `atLeast` ("more than"), `atMost` ("up to"), `range` ("$40-45 billion"), `vague` ("billions", "several years"). */
  bound: Bound;
  /** The words as written. */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** The rule that produced the value, for provenance ("money.symbol"). */
  rule: string;
  /** Set when the words around the value make it no term of a deal, naming why: `history` ("its 25-year history"), `reporting-period` ("full-year profit"), `savings` ("£60m of annual cost savings"), `target-price` ("our €48 target price"), and the other reasons of src/quantities/incidental.ts. Claims leave such values out; `extractQuantities` still reports them. */
  incidental?: string;
  /** ISO 4217 code: USD, EUR, GBP, JPY ... */
  currency: string;
  /** Set when the amount is a rate ("$15 billion a year"): `value` is then per this period; null for a total. */
  per: Period | null;
  /** True for a price of one unit ("$23.28 a share"), which is never the size of a deal. */
  unitPrice: boolean;
  /** True for a total computed from a price and a count ("$37 a share for 80 million shares" gives $2.96B), never written as such. */
  derived?: boolean;
}

/** A length of time: "three-year", "36 months", "a decade", "multi-year". */
export interface DurationFields {
  /** Central value. For a rate it is per `per`; for a bound it is the bound itself. */
  value: number;
  /** Lowest value the words allow (equal to `value` when exact). */
  min: number;
  /** Highest value the words allow; null when unbounded ("more than $5 billion"). */
  max: number | null;
  /** How a value was stated: `exact` ("$45 billion"), `approximate` ("about $45 billion"), `atLeast` ("more than"), `atMost` ("up to"), `range` ("$40-45 billion"), `vague` ("billions", "several years"). */
  bound: Bound;
  /** The words as written. */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** The rule that produced the value, for provenance ("money.symbol"). */
  rule: string;
  /** Set when the words around the value make it no term of a deal, naming why: `history` ("its 25-year history"), `reporting-period` ("full-year profit"), `savings` ("£60m of annual cost savings"), `target-price` ("our €48 target price"), and the other reasons of src/quantities/incidental.ts. Claims leave such values out; `extractQuantities` still reports them. */
  incidental?: string;
  /** The length in months (a year is 12, a week 12/52, a day 12/365). */
  months: number;
}

/** A measured or counted quantity other than money or time, in a canonical unit. */
export interface QuantityFields {
  /** Central value. For a rate it is per `per`; for a bound it is the bound itself. */
  value: number;
  /** Lowest value the words allow (equal to `value` when exact). */
  min: number;
  /** Highest value the words allow; null when unbounded ("more than $5 billion"). */
  max: number | null;
  /** How a value was stated: `exact` ("$45 billion"), `approximate` ("about $45 billion"), `atLeast` ("more than"), `atMost` ("up to"), `range` ("$40-45 billion"), `vague` ("billions", "several years"). */
  bound: Bound;
  /** The words as written. */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** The rule that produced the value, for provenance ("money.symbol"). */
  rule: string;
  /** Set when the words around the value make it no term of a deal, naming why: `history` ("its 25-year history"), `reporting-period` ("full-year profit"), `savings` ("£60m of annual cost savings"), `target-price` ("our €48 target price"), and the other reasons of src/quantities/incidental.ts. Claims leave such values out; `extractQuantities` still reports them. */
  incidental?: string;
  /** The canonical unit: `W` for power, `%` for percentages, the singular noun for counted things (`GPU`). */
  unit: string;
  /** What the unit measures: `power`, `energy`, `percent`, `count`, `data`, `length`, `mass` ... */
  dimension: string;
  /** Set when the quantity is a rate ("500,000 tonnes a year", "8,000 barrels per day"): `value` is then per this period; absent for a total. */
  per?: Period;
}

/** What `extractQuantities` returns: every amount, duration and other quantity in a text, in text order. */
export interface QuantitiesFields {
  /** Every sum of money, in text order. */
  amounts: Amount[];
  /** Every length of time, in text order. */
  durations: Duration[];
  /** Every other measure or count, in text order. */
  quantities: Quantity[];
}

/** One side of a claim: a company, person or place named (or referred to) in the text. */
export interface PartyFields {
  /** One name per entity across the corpus ("Elon Musk" for "Musk", "Elon", "he"). */
  canonical: string;
  /** The words as written ("he"; "Musk's SpaceX" gives "SpaceX"). */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** What the name refers to, when the words tell; `unknown` otherwise. */
  kind: 'person' | 'organization' | 'place' | 'unknown';
  /** `stated` when named in the sentence, `implied` when resolved from a pronoun or an earlier sentence. */
  certainty: 'stated' | 'implied';
  /** The rule that found the party, for provenance ("name", "pronoun"). */
  rule: string;
}

/** What was done: the action words, their lemma, their kind and which way they point. */
export interface ActionFields {
  /** The action words as written ("is leasing", "deal"). */
  text: string;
  /** The base form of the action word ("lease"). */
  lemma: string;
  /** The canonical kind of action: `supply` (one side provides goods, compute or a service), `invest` (a stake), `acquire` (a takeover or merger), `partner` (a joint undertaking with no giver), `deal` (an agreement whose direction the words do not tell), `state` (one party's measurable fact, with no other side). */
  type: ActionType;
  /** `forward`: the actor gives ("SpaceX leases to Anthropic"); `reverse`: the actor receives ("Anthropic uses SpaceX's data centers"); `none`: no giver ("X and Y partner"). */
  direction: 'forward' | 'reverse' | 'none';
  /** Where `text` stands in the source text. */
  span: Span;
  /** The rule that found the action, for provenance ("verb", "noun:possessor"). */
  rule: string;
}

/** Two names on one side of a deal: "Musk's SpaceX", "SpaceX (parent of xAI)", "folding xAI into SpaceX". */
export interface AffiliationFields {
  /** The canonical name that belongs to the family ("xAI"). */
  member: string;
  /** The canonical name that stands for the family ("SpaceX"). */
  parent: string;
  /** The words that state the link, as written. */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** The rule that found the link, for provenance. */
  rule: string;
}

/** When the claim's deal was done, as its words date it: "last year", "in March", "this week's order", "in 2019". */
export interface ClaimTimeFields {
  /** The words as written ("last year", "in March", "2016"). */
  text: string;
  /** Where `text` stands in the source text. */
  span: Span;
  /** The calendar year: written ("in 2019"), or counted from `publishedAt` ("last year" in a text of 2025-03-10 is 2024); null when neither tells it. */
  year: number | null;
  /** The month, 1 to 12, when the words name one ("in March") or `publishedAt` resolves it ("last month"); a quarter gives its first month. */
  month: number | null;
  /** Years from the date the text was written, when relative words tell it: -1 for "last year", 0 for "this week", "today" or the date of a wire dateline, 1 for "next year"; null for a calendar year and where the words leave it open ("last month" may fall in the year before). */
  offset: number | null;
  /** `stated` when the words write the year; `implied` when it was counted from `publishedAt` or is known only relative to it. */
  certainty: 'stated' | 'implied';
  /** The rule that read the words and the place that puts them on the deal, for provenance ("relative-year@after-deal"). */
  rule: string;
}

/** What a deal covers, as its words name it: a named asset, a product's code or name, the kind of power it trades, goods or their upkeep. */
export interface DealObjectFields {
  /** The names it goes by, lowercase: an asset's own name, then the place that locates it ("seldon", "ostby"). */
  names: string[];
  /** What kind of thing it is: the power it trades ("wind", "solar"), "service" for the upkeep of goods, "goods" for counted goods; or null. */
  class: string | null;
  /** The rule that read it (`named-asset`, `model-code`, `named-product`, `power-source`, `service`, `counted-goods`). */
  rule: string;
}

/** A claim: who (actor) did what (action) to or with whom (counterparty), for how much, for how long. */
export interface ClaimFields {
  /** `${sourceId}#${n}`, stable for the same input. */
  id: string;
  /** The id of the source the claim was read from. */
  sourceId: string;
  /** The sentence the claim was read from. */
  text: string;
  /** Where the sentence stands in the source text. */
  span: Span;
  /** Who acts: the giver for a `forward` action, the receiver for a `reverse` one. */
  actor: Party | null;
  /** What was done; null for a sentence with figures but no action. */
  action: Action | null;
  /** The other side of the action, if the sentence names one. */
  counterparty: Party | null;
  /** The size of the deal: a total, or a rate when `amount.per` is set. */
  amount: Amount | null;
  /** The term of the deal. */
  duration: Duration | null;
  /** Power, counts, percentages and other measures stated with the claim. */
  quantities: Quantity[];
  /** The amount per year: the rate itself, or a total divided by the duration in years. */
  perYear: number | null;
  /** The amount over the whole term: the total itself, or a rate times the duration. */
  total: number | null;
  /** True when the text denies the claim ("did not", "denied that", "no longer"). */
  negated: boolean;
  /** True when the text hedges or attributes it ("likely", "reportedly", "according to"). */
  hedged: boolean;
  /** True when the counterparty is said to get all of it ("the entire capacity to Anthropic"). */
  exclusive: boolean;
  /** True when the giver is said to be the taker's only one ("its sole engine supplier will be Vustrin"): another sole giver of the same taker conflicts. */
  soleGiver?: boolean;
  /** The instrument the deal words name, when they name one ("series b", "bridge", "term loan"): claims of one pair naming different instruments are different deals. */
  instrument?: string;
  /** What the deal covers, when its words name it ("the Lindhall plant", "TQ-40", "a wind PPA"): claims of one pair naming different objects are different deals. */
  objects?: DealObject[];
  /** For a statement: which way the figure moved ("rose", "fell", "flat"). */
  trend: 'up' | 'down' | 'flat' | null;
  /** The dates the sentence names, normalized ("tuesday", "27 aug", "2026", "q3"): claims of different days are not compared. */
  when: string[];
  /** When the deal was done, as the words on it date it; null when they do not. Absent on claims stored by versions before it, whose times are then read from `text`. */
  time?: ClaimTime | null;
  /** Affiliations stated in the same source, so claims can be compared without their texts. */
  affiliations: Affiliation[];
}

/** One side of a finding: the claim, its source, and its value as written and normalized. */
export interface FindingSideFields {
  /** The claim id. */
  claim: string;
  /** The source id of the claim. */
  source: string;
  /** The words as written in the source ("$45 billion"). */
  text: string;
  /** The value normalized ("$45B over 3 years = $15B per year"). */
  normalized: string;
}

/** Two claims about the same event that agree, or that conflict on one field. */
export interface FindingFields {
  /** Stable for the same pair of claims and field. */
  id: string;
  /** `agreement` or `contradiction`. */
  kind: 'agreement' | 'contradiction';
  /** The two claim ids, in a stable order. */
  claims: [string, string];
  /** The two source ids, in the order of `claims`. */
  sources: [string, string];
  /** The id of the event both claims describe ("commercial:Anthropic~SpaceX"). */
  event: string;
  /** The field that conflicts, or for an agreement the strongest field that corroborates. */
  field: FindingField;
  /** For an agreement, every field both claims state and agree on. */
  corroborated: FindingField[];
  /** Plain words quoting both sides' normalized values: "s4: $15B per year; s7: $45B over 3 years = $15B per year: agree on amount". */
  explanation: string;
  /** Both sides, in the order of `claims`. */
  values: [FindingSide, FindingSide];
  /** 0 to 1; lowered by hedged claims (times `hedgePenalty`) and implied parties. */
  confidence: number;
  /** The comparator that decided ("money-rate", "polarity"). */
  rule: string;
}

/** The value most sources give for one field of an event, with who supports and who departs from it. */
export interface ConsensusFields {
  /** The claim field ("amount", "duration", "polarity" ...). */
  field: string;
  /** The value most sources give, normalized ("$15B per year"). */
  value: string;
  /** The sources that give this value. */
  support: string[];
  /** The sources that give another value. */
  against: string[];
}

/** Claims of one event that give the same normalized value, and the sentence that says it first. */
export interface PositionFields {
  /** The value for a reader: "$15B a year", with as many digits as tell it from the other positions. */
  value: string;
  /** Source ids in natural order ("p2" before "p10"). */
  sources: string[];
  /** The ids of the claims that give this value. */
  claims: string[];
  /** The sentence of the position's first claim, quoted as written. */
  evidence: {
    /** The id of the position's first claim. */
    claim: string;
    /** The id of its source. */
    source: string;
    /** Its sentence, quoted as written. */
    text: string;
  };
}

/** Where the sources of an event stand on one aspect of it. */
export interface FieldPositionsFields {
  /** What a finding is about: one field of the claims, or the event as a whole. */
  field: FindingField;
  /** What is measured, with what keeps incomparable values apart: "amount per year, USD", "quantity, W". */
  aspect: string;
  /** `agreed`: no source conflicts with the leading position; `majority`: more than half of the sources that state a value agree with it; `disputed`: neither. */
  status: 'agreed' | 'majority' | 'disputed';
  /** Most sources first, then the lower value. */
  positions: Position[];
  /** Sources whose value agrees with the leading position within the tolerance. */
  support: string[];
  /** Sources whose value conflicts with the leading position. */
  against: string[];
}

/** How many pairs of an event's claims from different sources were compared. */
export interface PairCoverageFields {
  /** Pairs of claims from different sources the event has. */
  possible: number;
  /** Pairs that were compared. */
  compared: number;
  /** True when every pair was compared (the event has at most `maxPairwiseClaims` claims). */
  complete: boolean;
}

/** Claims that describe one real-world event: the same parties (families included), the same kind of action. */
export interface EventFields {
  /** Stable for the same parties and kind of action ("commercial:Anthropic~SpaceX"). */
  id: string;
  /** Who gives, what kind, who receives: "SpaceX > supply > Anthropic". */
  label: string;
  /** The kind of event: `commercial` (supply, sale, takeover, partner or deal), `invest` (a stake or a loan) or `state` (one party's figure). */
  type: string;
  /** The canonical names of the parties. */
  parties: string[];
  /** The ids of the claims that describe the event. */
  claims: string[];
  /** The ids of the sources of those claims. */
  sources: string[];
  /** Fields that have a consensus (agreed or majority); disputed fields are only in `fields`. */
  consensus: Consensus[];
  /** Per aspect, the positions of the sources, disputed aspects first. Exact at any size. */
  fields: FieldPositions[];
  /** How many pairs of an event's claims from different sources were compared. */
  pairs: PairCoverage;
  /** The claims that joined the event by a rule other than naming both its parties in one kind of deal, with the rule. */
  joins: {
    /** The id of the claim. */
    claim: string;
    /** The event rule that placed it (`EVENT_RULES` in src/compare/events.ts): "generic-joins-specific", "one-party-joins", "coordinated-parties", "untimed-joins" ... */
    rule: string;
  }[];
  /** Events of the same parties and kind that a rule kept apart from this one ("a 2016 order" and "this week's order"); claims of the two are never compared. */
  splits: {
    /** The id of the other event. */
    event: string;
    /** The event rule that kept the two apart: "year-splits", "relative-time-splits" or "separate-splits". */
    rule: string;
  }[];
  /** How many findings about the event are agreements. */
  agreements: number;
  /** How many findings about the event are contradictions. */
  contradictions: number;
}

/** One entity of the corpus: its canonical name, the names it goes by, and its family. */
export interface EntityFields {
  /** The one name the entity has across the corpus. */
  canonical: string;
  /** The other names it goes by in the sources. */
  aliases: string[];
  /** What the name refers to, when the words tell; `unknown` otherwise. */
  kind: 'person' | 'organization' | 'place' | 'unknown';
  /** The canonical name that stands for the entity's whole family ("SpaceX" for xAI and Elon Musk). */
  family: string;
}

/** Exclusive grants of one giver compared only in part, past `maxPairwiseClaims`. */
export interface PartialExclusivesFields {
  /** The family that grants all of something. */
  giver: string;
  /** The kind of event the grants are of. */
  kind: string;
  /** How many exclusive grants the giver made. */
  grants: number;
  /** How many pairs of an event's claims from different sources were compared. */
  pairs: PairCoverage;
}

/** What `analyze` returns: claims, findings, events, entities, and the claims no other source reports. */
export interface ReportFields {
  /** Every claim of every source, in source order. */
  claims: Claim[];
  /** Agreements and contradictions between claims of different sources. */
  findings: Finding[];
  /** Events ranked by how many independent sources corroborate them. */
  events: Event[];
  /** Every entity named in the claims. */
  entities: Entity[];
  /** Ids of claims that belong to an event no other source reports. */
  uncorroborated: string[];
  /** Givers whose exclusive grants were too many to compare every pair; empty when every pair was compared. */
  partialExclusives: PartialExclusives[];
}

/** One document to analyze: a paragraph, an article, a summary. */
export interface SourceFields {
  /** Unique among the sources; claim ids are `${id}#n`. */
  id: string;
  /** The paragraph, article or summary to read. */
  text: string;
  /** ISO date the text was written; anchors spans such as "through 2029" and times on a deal such as "last year". */
  publishedAt?: string;
  /** A title, kept for the caller; not read. */
  title?: string;
  /** Where the text came from, kept for the caller; not read. */
  url?: string;
}

/** A user's addition to the action lexicon: `{ lemma: 'colocate', type: 'supply', direction: 'forward' }`. */
export interface ActionEntryFields {
  /** The base form of the action word ("colocate"). */
  lemma: string;
  /** Inflected forms ("colocates", "colocated"); by default the regular ones are derived from the lemma. */
  forms?: string[];
  /** The canonical kind of action: `supply` (one side provides goods, compute or a service), `invest` (a stake), `acquire` (a takeover or merger), `partner` (a joint undertaking with no giver), `deal` (an agreement whose direction the words do not tell), `state` (one party's measurable fact, with no other side). */
  type: ActionType;
  /** `forward`: the subject gives; `reverse`: the subject receives; `none`: no giver. */
  direction: 'forward' | 'reverse' | 'none';
  /** A sentence that uses the word, for documentation and tests. */
  example?: string;
}

/** What users can teach crosscheck: other names for an entity, families, new action words. */
export interface LexiconOptionsFields {
  /** Other name -> canonical name: `{ 'Big Blue': 'IBM' }`. */
  aliases: Record<string, string>;
  /** Pairs that stand on one side of a deal: `[{ member: 'AWS', parent: 'Amazon' }]`. */
  affiliations: {
    /** The name that belongs to the family ("AWS"). */
    member: string;
    /** The name that stands for the family ("Amazon"). */
    parent: string;
  }[];
  /** New action words, each with its kind and direction. */
  actions: ActionEntry[];
}

/** What users can teach crosscheck: other names for an entity, families, new action words. */
export interface LexiconInputFields {
  /** Other name -> canonical name: `{ 'Big Blue': 'IBM' }`. */
  aliases?: Record<string, string>;
  /** Pairs that stand on one side of a deal: `[{ member: 'AWS', parent: 'Amazon' }]`. */
  affiliations?: {
    /** The name that belongs to the family ("AWS"). */
    member: string;
    /** The name that stands for the family ("Amazon"). */
    parent: string;
  }[];
  /** New action words, each with its kind and direction. */
  actions?: ActionEntry[];
}

/** Options of `extractClaims`. */
export interface ExtractOptionsFields {
  /** Claim ids are `${sourceId}#n` (default 'text'). */
  sourceId?: string;
  /** ISO date the text was written: anchors "through 2029" and times on a deal such as "last year". */
  publishedAt?: string;
  /** Other names, families and action words; see `LexiconOptions`. */
  lexicon?: LexiconInput;
  /** Longest text accepted, in characters (default 1,000,000); a longer one is an error. */
  maxTextLength?: number;
}

/** Options of `compareClaims`. */
export interface CompareOptionsFields {
  /** Relative tolerances per kind of value. */
  tolerance?: {
    /** Relative difference under which two amounts of money agree (default 0.02: within 2%). */
    money?: number;
    /** Relative difference under which two durations agree (default 0.05: within 5%). */
    duration?: number;
    /** Relative difference under which two other quantities agree (default 0.05: within 5%). */
    quantity?: number;
  };
  /** Other names, families and action words; see `LexiconOptions`. */
  lexicon?: LexiconInput;
  /** Factor on a finding's confidence per hedged claim (default 0.7). */
  hedgePenalty?: number;
  /** Per event, the most claims whose every pair from different sources is compared (default 600); a larger event keeps its positions exact, compares each claim with the event's first claim and with the leading value of each aspect it states, and says so in `event.pairs`. */
  maxPairwiseClaims?: number;
}

/** Options of `analyze` and `createIndex`. */
export interface AnalyzeOptionsFields {
  /** Relative tolerances per kind of value. */
  tolerance?: {
    /** Relative difference under which two amounts of money agree (default 0.02: within 2%). */
    money?: number;
    /** Relative difference under which two durations agree (default 0.05: within 5%). */
    duration?: number;
    /** Relative difference under which two other quantities agree (default 0.05: within 5%). */
    quantity?: number;
  };
  /** Other names, families and action words; see `LexiconOptions`. */
  lexicon?: LexiconInput;
  /** Factor on a finding's confidence per hedged claim (default 0.7). */
  hedgePenalty?: number;
  /** Per event, the most claims whose every pair from different sources is compared (default 600); a larger event keeps its positions exact, compares each claim with the event's first claim and with the leading value of each aspect it states, and says so in `event.pairs`. */
  maxPairwiseClaims?: number;
  /** Longest text accepted, in characters (default 1,000,000); a longer one is an error. */
  maxTextLength?: number;
  /** Most sources per `analyze` call, or held by an index (default 100,000). */
  maxSources?: number;
}

/** Options of `extractQuantities`. */
export interface QuantityOptionsFields {
  /** ISO date the text was written: anchors "through 2029" and times on a deal such as "last year". */
  publishedAt?: string;
  /** Longest text accepted, in characters (default 1,000,000); a longer one is an error. */
  maxTextLength?: number;
}
