import type { Sentence, Token } from '../text/document.js';
import type { FrameName } from '../lexicon/frames.js';
import type { Mention } from './mentions.js';
import { ISO_CURRENCY_CODES } from '../lexicon/names.js';
import { isCommonWord } from '../text/nlp.js';
import { isWordNetWord } from '../lexicon/english-words.js';

/**
 * Deal sheets written as labelled fields: "Buyer: Tunira Electric | Seller: Arrex GmbH | Consideration: ¥48bn",
 * "Lender: Hostsund Bank. Borrower: Tashric Freight. Amount: $650m." Each record names the labels that give a
 * frame's two sides (the actor of its forward word first); `FIGURE_LABELS` lists the labels that only carry figures
 * or status. A label is never a party.
 */
export interface FieldFrame {
  frame: FrameName;
  /** Labels whose name is the actor of the frame's forward word (the buyer, the lender). */
  actor: readonly string[];
  /** Labels whose name is the other side, in order of preference (the target before the seller). */
  counterparty: readonly string[];
  example: string;
  reason: string;
}

/** The firm a filing's heading names (the first name of the text), a side no label names. */
export const FILER = 'filer';

export const FIELD_FRAMES: readonly FieldFrame[] = [
  {
    frame: 'acquisition', actor: ['buyer', 'acquirer', 'acquiror', 'purchaser', 'bidder', 'offeror'], counterparty: ['target', 'asset', 'company', 'seller', 'vendor'],
    example: 'Buyer: Tunira Electric Co., Ltd. | Seller: Arrex Beteiligungen GmbH | Consideration: ¥48 billion',
    reason: 'a deal card names the buyer and what it buys, or whom it buys from',
  },
  {
    frame: 'loan', actor: ['lender', 'lenders', 'arranger', 'creditor'], counterparty: ['borrower', 'issuer', 'obligor'],
    example: 'Lender: Hostsund Bank. Borrower: Tashric Freight. Amount: $650 million.',
    reason: 'a facility summary names who lends and who borrows',
  },
  {
    frame: 'investment', actor: ['investor', 'investors', 'lead investor', 'lead'], counterparty: ['investee', 'company', 'issuer', 'startup'],
    example: 'Investor: Mannand Ventures · Company: Sokoflow · Round: Series B · Amount: $45m',
    reason: 'a round summary names who invests and in whom',
  },
  {
    frame: 'licence', actor: ['licensor'], counterparty: ['licensee'],
    example: 'Licensor: Famridge Trail · Licensee: Hilgate Apparel · Fee: ¥1.5bn a year',
    reason: 'a licence summary names who grants and who takes the licence',
  },
  {
    frame: 'lease', actor: ['landlord', 'lessor', 'owner'], counterparty: ['tenant', 'lessee', 'charterer'],
    example: 'Landlord: Pistan Estates | Tenant: Tobhurst Logistics | Rent: £11.4m a year',
    reason: 'a letting summary names who lets and who rents',
  },
  {
    frame: 'supply', actor: ['supplier', 'contractor', 'provider', 'vendor'], counterparty: ['customer', 'client', 'offtaker', 'buyer'],
    example: 'Supplier: Linnet Windworks; Customer: Cilmen Renovables; Value: €310m',
    reason: 'a contract summary names who supplies and who is supplied',
  },
  {
    frame: 'supply', actor: ['awarded to', 'supplier', 'contractor', 'successful bidder', 'awardee'], counterparty: ['contracting authority', 'contracting entity', 'awarding body', 'agency', 'authority', 'purchaser'],
    example: 'Award notice - Contracting authority: Wendacre Transit Board; Awarded to: Kelmora Coachworks GmbH; Value: EUR 12,500,000.',
    reason: 'a public buyer\'s award notice names the body that buys and the firm the contract is awarded to',
  },
  {
    frame: 'deal', actor: [FILER], counterparty: ['counterparty', 'contract counterparty', 'other party'],
    example: 'Tarvo Steel Co., Ltd. - Single sales contract\n1. Counterparty: Siskin Industrial S.A.\n2. Amount: KRW 90 billion',
    reason: 'a disclosure form names its filer in its heading and the other side in a field',
  },
];

/** The record whose actor is the filer its heading names, not a label. */
const FILER_RECORD = FIELD_FRAMES.find((r) => r.actor.includes(FILER))!;

/** Labels that carry a deal's figures or status, never a name: "Consideration:", "Stake:", "Expected closing:". */
export const FIGURE_LABELS: ReadonlySet<string> = new Set([
  'consideration', 'price', 'value', 'amount', 'size', 'stake', 'status', 'term', 'tenor', 'maturity', 'coupon', 'rate', 'rent',
  'fee', 'fees', 'advisers', 'adviser', 'advisors', 'advisor', 'counsel', 'closing', 'completion', 'date', 'type', 'structure',
  'financing', 'sector', 'region', 'currency', 'round', 'valuation', 'premium', 'multiple', 'duration', 'volume', 'capacity',
  'deal', 'transaction', 'terms', 'upfront', 'milestones', 'royalties', 'royalty',
]);

const PARTY_LABELS: ReadonlySet<string> = new Set(FIELD_FRAMES.flatMap((f) => [...f.actor, ...f.counterparty]));

const labelWord = (t: Token): string => t.norm.replace(/:$/, '');
/** A label ends in a colon and opens the text or follows a separator: "| Seller:", "· Stake:", ". Price:". */
const endsLabel = (t: Token): boolean => /^:/.test(t.post.trim()) || /:$/.test(t.text);
const opensField = (tokens: readonly Token[], k: number): boolean =>
  k === 0 || /[|\u00b7;,.\u2022\u2013\u2014-]\s*$/.test(tokens[k - 1]!.post) || /[|\u00b7\u2022]/.test(tokens[k]!.pre) || /^[|\u00b7\u2022/]$/.test(tokens[k - 1]!.text);

/** Whether a currency's code in parentheses and a colon follow token `k`: "Value (AUD):", "Rent (GBP):". */
function currencyAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.pre.includes('(') && /^\)\s*:/.test(next.post) && ISO_CURRENCY_CODES.has(next.text.replace(/[()]/g, ''));
}

/** The label token `k` ends ("buyer", "lead investor", "closing" of "Expected closing:"), or null when it ends none. */
function labelAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k]!;
  if (!endsLabel(t) && !currencyAfter(tokens, k)) return null;
  const word = labelWord(t);
  const two = k > 0 ? `${tokens[k - 1]!.norm} ${word}` : '';
  // ("Expected closing:", "Deal value:": the word before a figure's label is an English one; in "Kourant deal: $30m
  // upfront" a name stands before the deal noun, which is the deal told, no label.)
  const english = (w: Token) => isCommonWord(w.norm) || isWordNetWord(w.norm);
  if (k > 0 && opensField(tokens, k - 1) && (PARTY_LABELS.has(two) || (FIGURE_LABELS.has(word) && english(tokens[k - 1]!)))) return PARTY_LABELS.has(two) ? two : word;
  return (PARTY_LABELS.has(word) || FIGURE_LABELS.has(word)) && opensField(tokens, k) ? word : null;
}

/**
 * Whether the label ending at `k` is a numbered item of a form: "2. Counterparty:", "(3) Counterparty:" (an item's
 * number may close the sentence before).
 */
function numberedField(sentences: readonly Sentence[], sentence: Sentence, k: number): boolean {
  const first = labelStart(sentence.tokens, k);
  const mark = first > 0 ? sentence.tokens[first - 1] : sentences[sentence.index - 1]?.tokens.at(-1);
  return mark !== undefined && /^\(?\d{1,2}\)?\.?$/.test(mark.text) && /^[.)]?\s+$/.test(mark.post);
}

/** Whether token `k` is (the last word of) a field label: "Buyer:", "Expected closing:", "Lead investor:". */
export function isFieldLabel(tokens: readonly Token[], k: number): boolean {
  return labelAt(tokens, k) !== null;
}

/** The first word of the label ending at `k` ("Expected" of "Expected closing:"). */
export function labelStart(tokens: readonly Token[], k: number): number {
  return k > 0 && !opensField(tokens, k) && opensField(tokens, k - 1) ? k - 1 : k;
}

export interface FieldParties {
  frame: FrameName;
  /** A "Stake:" field: the deal buys part of the firm, an investment rather than a takeover. */
  stake: boolean;
  /** The label tokens and mentions of the two sides, with their sentences. */
  actor: { sentence: Sentence; label: number; mention: Mention };
  counterparty: { sentence: Sentence; label: number; mention: Mention };
}

/**
 * The two sides a deal sheet's labels name, read over the whole text, by the first record of `FIELD_FRAMES` whose
 * actor and other side are both labelled; null when the text labels no such pair.
 */
export function readFields(sentences: readonly Sentence[], mentionsBySentence: readonly Mention[][]): FieldParties | null {
  const named = new Map<string, { sentence: Sentence; label: number; mention: Mention }>();
  let stake = false;
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    tokens.forEach((_, k) => {
      const label = labelAt(tokens, k);
      if (label === 'stake') stake = true;
      if (label === null || !PARTY_LABELS.has(label) || named.has(label)) return;
      // The name right after the label, past an article: "Vendor: the Arrex family holding".
      const mention = mentionsBySentence[index]!.find((m) => m.kind === 'name' && m.first > k && m.first <= k + 2);
      if (mention) named.set(label, { sentence, label: k, mention });
    });
  });
  // (A form of numbered fields that names only the other side is the filer's: the first firm its heading names.)
  const otherLabel = FILER_RECORD.counterparty.find((l) => named.has(l));
  const other = otherLabel === undefined ? undefined : named.get(otherLabel);
  const filer = mentionsBySentence[0]?.find((m) => m.kind === 'name' && !m.personLike);
  if (other && filer && !named.has(FILER) && filer !== other.mention && numberedField(sentences, other.sentence, other.label)) named.set(FILER, { ...other, mention: filer });
  if (named.size < 2) return null;
  for (const record of FIELD_FRAMES) {
    const actorLabel = record.actor.find((l) => named.has(l));
    const otherLabel = record.counterparty.find((l) => named.has(l) && l !== actorLabel);
    if (actorLabel && otherLabel) return { frame: record.frame, stake, actor: named.get(actorLabel)!, counterparty: named.get(otherLabel)! };
  }
  return null;
}
