import type { Quantities } from '../schema/quantity.js';
import type { Span } from '../schema/span.js';
import type { ClauseLayer } from './clause-layer.js';
import type { Trigger } from './actions.js';
import { ACTION_WORD_FORMS } from '../lexicon/actions.js';

/** Words inside such a clause that make its figure a price after all: "Quorrel, which the offer values at $2bn,". */
const PRICE_WORDS: ReadonlySet<string> = new Set(['value', 'values', 'valued', 'valuing', 'worth', 'price', 'priced', 'offer', 'bid', 'deal', 'terms']);

/**
 * `firm-aside`: a figure in a relative clause about a named firm, set off by commas before the deal its sentence tells,
 * that holds no deal word, describes the firm, not the deal: "Delmarsh, which grinds some 7,500 tonnes a week, signed a
 * four-year deal to buy 1.2 million tonnes", "Pertwick, which makes 40,000 cars a year, ordered 300 robots". (After the
 * deal, such a clause often goes on with it: "with Quenlow Cells, which will now buy 25,000 tonnes a year"; "whose" opens the
 * firm's own deal: "Gorlan Bet, whose two-season contract ...".)
 */
export function withoutFirmAsides(layer: ClauseLayer, values: Quantities, triggers: readonly Trigger[]): Quantities {
  const firstDeal = Math.min(...triggers.map((t) => t.token));
  const asides = layer.clauses.filter((c) => c.relation === 'relative' && !c.restrictive && c.pronoun !== undefined
    && /^(?:which|who)$/.test(layer.tokens[c.pronoun]!.norm) && layer.owner[c.pronoun - 1]?.kind === 'name'
    && c.last < firstDeal && /^\s*,/.test(layer.tokens[c.last]!.post)
    && !layer.tokens.slice(c.first, c.last + 1).some((t) => PRICE_WORDS.has(t.norm) || ACTION_WORD_FORMS.has(t.norm)));
  if (asides.length === 0) return values;
  const tokens = layer.tokens;
  const inAside = (span: Span) => asides.some((c) => tokens[c.first]!.start <= span.start && span.end <= tokens[c.last]!.end);
  const kept = <T extends { span: Span }>(v: T) => !inAside(v.span);
  return { amounts: values.amounts.filter(kept), durations: values.durations.filter(kept), quantities: values.quantities.filter(kept) };
}
