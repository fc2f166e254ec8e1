import type { Claim } from '../schema/claim.js';
import { framesOfLemma } from '../lexicon/actions.js';
import type { FrameName } from '../lexicon/frames.js';

/**
 * `form-splits`: goods hired for a term and goods bought outright are two deals, even between the same two firms
 * ("chartered four tankers from Varnwick for seven years" beside "bought the tanker Lindqvale from Varnwick", or beside a
 * bid for Varnwick itself, `TAKEOVER_WORDS`). Each
 * form is the frames its action words may name; a word of several forms ("contract", "deal"), or of an order, which may
 * be placed for goods hired or bought ("locking in 12 jets"), names none (see `formSplitter` for where it goes). Forms
 * count per pair and time: a dated older sale splits nothing of the news.
 */
const FORMS: ReadonlyMap<FrameName, string> = new Map([
  ['lease', 'hire'],
  ['sale', 'purchase'],
]);

/**
 * Words that buy a firm outright, whatever their lemma's other uses ("snapped up the depot" may be a lease, "acquired
 * 12 stores" a sale and leaseback): "Olberth's takeover bid for Ondo" beside "Olberth hires three of Ondo's
 * dredgers" is two deals.
 */
const TAKEOVER_WORDS: ReadonlySet<string> = new Set(['takeover', 'takeovers', 'merger', 'mergers', 'buyout', 'buyouts', 'bid', 'bids']);

/** Words of the sale frame that also pick a partner for a hire: "picked Tarvo to lease it twelve jets". */
const EITHER_FORM: ReadonlySet<string> = new Set(['pick']);

const formOfLemma = new Map<string, string | null>();

/** The form an action lemma names, or null when its entries name several forms or none. */
function formOf(lemma: string): string | null {
  let form = formOfLemma.get(lemma);
  if (form === undefined) {
    const forms = new Set([...framesOfLemma(lemma)].map((frame) => FORMS.get(frame) ?? null));
    form = !EITHER_FORM.has(lemma) && forms.size === 1 ? [...forms][0]! : null;
    formOfLemma.set(lemma, form);
  }
  return form;
}

/** Words of each form, any of which in a claim's words beside an action word of the other form leaves its form unsaid ("placed ten jets on leases"). */
const FORM_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['hire', /\b(?:(?:sub)?leas(?:e|es|ed|ing)|charter(?:s|ed|ing)?|rent(?:s|ed|al|als|ing)?|hir(?:e|es|ed|ing))\b/i],
  ['purchase', /\b(?:sell(?:s|ing)?|sold|sales?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|order(?:s|ed)?|acquir(?:e|es|ed|ing)|acquisitions?|takeovers?|merg(?:e|es|ed|ing|ers?))\b/i],
]);

/** The form of a claim: its action word's, unless its words also name the other form. */
function formOfClaim(claim: Claim): string | null {
  const own = !claim.action ? null : TAKEOVER_WORDS.has(claim.action.text.toLowerCase()) ? 'purchase' : formOf(claim.action.lemma);
  if (!own) return null;
  return [...FORM_WORDS].some(([form, words]) => form !== own && words.test(claim.text)) ? null : own;
}

export interface FormSplitter {
  /** `form:<form>` for a claim of a pair whose claims name both forms, else `''`. */
  apartOf(claim: Claim, pair: string): string;
}

/**
 * Reads the forms each pair's claims name; `pairOf` keys a claim by its pair, or null for one of no pair. A claim that
 * names no form is of the one form a claim of which it retells (`retells`: a figure the same, none other), else of the
 * form most of the pair's claims name.
 */
export function formSplitter(claims: readonly Claim[], pairOf: (claim: Claim) => string | null, retells: (claim: Claim, others: readonly Claim[]) => boolean): FormSplitter {
  const byForm = new Map<string, Map<string, Claim[]>>();
  const formOfRead = new Map<Claim, string | null>();
  for (const claim of claims) {
    const form = formOfClaim(claim);
    formOfRead.set(claim, form);
    const pair = form ? pairOf(claim) : null;
    if (!form || !pair) continue;
    const seen = byForm.get(pair) ?? new Map<string, Claim[]>();
    const list = seen.get(form);
    if (list) list.push(claim);
    else seen.set(form, [claim]);
    byForm.set(pair, seen);
  }
  return {
    apartOf(claim, pair) {
      const seen = byForm.get(pair);
      if (!seen || seen.size < 2) return '';
      const own = formOfRead.has(claim) ? formOfRead.get(claim)! : formOfClaim(claim);
      if (own) return `form:${own}`;
      const retold = [...seen].filter(([, list]) => list.some((c) => c.sourceId !== claim.sourceId && retells(claim, [c])));
      if (retold.length === 1) return `form:${retold[0]![0]}`;
      const ranked = [...seen].sort((a, b) => b[1].length - a[1].length);
      return ranked[0]![1].length > ranked[1]![1].length ? `form:${ranked[0]![0]}` : '';
    },
  };
}
