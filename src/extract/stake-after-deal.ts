import type { Party } from '../schema/claim.js';
import type { Quantities } from '../schema/quantity.js';
import type { Doc, Sentence } from '../text/document.js';
import type { Mention } from './mentions.js';
import { partyOf } from './parties.js';
import type { Statement } from './statements.js';

/**
 * The stake a deal is to bring, told as a holding: a one-party statement of holding ("will hold", "is set to own") is
 * a claim of the deal when the holding is still to come and names the firm held.
 */

/** Verbs of holding a share of a firm: "will own 14.9% of Ylvane", "would control some 30% of the group". */
const HOLDING_LEMMAS: ReadonlySet<string> = new Set(['hold', 'own', 'control']);
/** A holding still to come, before its verb: "will hold", "is expected to own", "would then control". */
const HOLDING_TO_COME = /\b(?:will|would|shall|(?:is|are)\s+(?:expected|set|due|likely)\s+to)\s+(?:then\s+|thereby\s+|now\s+)?$/i;
/** Between a percent and the firm it is of: " of ", " of the ". */
const PERCENT_OF = /^\s+of\s+(?:the\s+)?$/i;

/**
 * `stake-after-deal`: "Trasko will own 14.9% of Ylvane once the placement settles", "after closing, Zerbino is set to hold
 * some 6% of Norbeck's shares": a holding the deal is to bring is the stake the deal buys, of the firm named after the
 * percent; a holding told as it stands today ("holds 12% of Tarvo") stays a statement.
 */
export function heldAfterDeal(doc: Doc, sentence: Sentence, mentions: readonly Mention[], st: Statement, values: Quantities): { firm: Party; percent: Quantities['quantities'][number] } | null {
  if (!HOLDING_LEMMAS.has(st.lemma) || values.amounts.length > 0) return null;
  const verb = sentence.tokens[st.predicate]!;
  const before = doc.text.slice(Math.max(sentence.span.start, verb.start - 40), verb.start);
  if (!HOLDING_TO_COME.test(before)) return null;
  const percents = values.quantities.filter((q) => q.unit === '%' && q.span.start > verb.end);
  if (percents.length !== 1) return null;
  const percent = percents[0]!;
  const owned = mentions.find((m) => m.sentence === sentence.index && m.start > percent.span.end && PERCENT_OF.test(doc.text.slice(percent.span.end, m.start)));
  // ("the target's holders will own 40% of the enlarged company": a merger's split among holders, not a stake one firm buys.)
  if (!owned || MERGED_FIRM.test(doc.text.slice(owned.start, owned.end)) || holdersOfSubject(doc, sentence, st)) return null;
  const firm = partyOf(doc.text, owned);
  return firm ? { firm, percent } : null;
}

/** "the combined company", "the merged group", "the enlarged entity": what a merger makes, no firm a stake is bought in. */
const MERGED_FIRM = /\b(?:combined|merged|enlarged|new|resulting)\b/i;
/** "Calvetto shareholders", "the seller's investors": owners of the firm named, not the firm. */
const HOLDER_NOUNS = /^(?:['\u2019]s?\s+)?(?:\w+\s+)?(?:shareholders|stockholders|investors|holders|owners|unitholders|members)\b/i;

function holdersOfSubject(doc: Doc, sentence: Sentence, st: Statement): boolean {
  const last = 'kind' in st.subject ? st.subject.end : sentence.tokens[st.subject.last]!.end;
  return HOLDER_NOUNS.test(doc.text.slice(last, last + 30));
}
