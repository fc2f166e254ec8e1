import type { Claim } from '../../src/schema/claim.js';
import type { Span } from '../../src/schema/span.js';

/** Every span a claim carries, with the words it must cover: the claim's sentence, parties, action, values, affiliations. */
function spansOf(claim: Claim): [string, Span, string][] {
  const spans: [string, Span, string][] = [['claim', claim.span, claim.text]];
  if (claim.actor) spans.push(['actor', claim.actor.span, claim.actor.text]);
  if (claim.action) spans.push(['action', claim.action.span, claim.action.text]);
  if (claim.counterparty) spans.push(['counterparty', claim.counterparty.span, claim.counterparty.text]);
  if (claim.amount) spans.push(['amount', claim.amount.span, claim.amount.text]);
  if (claim.duration) spans.push(['duration', claim.duration.span, claim.duration.text]);
  claim.quantities.forEach((q, i) => spans.push([`quantities[${i}]`, q.span, q.text]));
  claim.affiliations.forEach((a, i) => spans.push([`affiliations[${i}]`, a.span, a.text]));
  return spans;
}

/**
 * The spans of `claims` that are not half-open `[start, end)` offsets into their source's text covering
 * exactly their words, as readable lines ("p3#1 amount [10, 21) is "billion $4", text "$45 billion""); [] when all hold.
 */
export function spanViolations(claims: readonly Claim[], textOf: (sourceId: string) => string | undefined): string[] {
  const violations: string[] = [];
  for (const claim of claims) {
    const text = textOf(claim.sourceId);
    if (text === undefined) {
      violations.push(`${claim.id}: unknown source ${claim.sourceId}`);
      continue;
    }
    for (const [name, { start, end }, words] of spansOf(claim)) {
      const inside = start <= end && end <= text.length;
      const covered = text.slice(start, end);
      if (!inside || covered !== words) {
        violations.push(`${claim.id} ${name} [${start}, ${end}) is ${JSON.stringify(covered)}, text ${JSON.stringify(words)}`);
      }
    }
  }
  return violations;
}
