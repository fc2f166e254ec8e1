import { FRAMES } from '../lexicon/frames.js';
import { ACTION_WORDS } from '../lexicon/actions.js';
import { ROLE_RULES } from '../extract/role-rules.js';
import { DESCRIPTION_RULES } from '../extract/descriptions.js';
import { GROUP_RULES } from '../extract/groups.js';
import { COMPLETION_RULES } from '../extract/completion.js';
import { DECORATION_RULES } from '../extract/decorations.js';
import { NOT_DEAL_MONEY, NOT_TERM_LENGTHS } from '../extract/claims.js';
import { DEAL_PERCENT_RULES } from '../extract/deal-percents.js';
import { WITHDRAWAL_PHRASES } from '../extract/cues.js';
import { DEAL_ENDINGS } from '../lexicon/deal-endings.js';
import { OBJECT_RULES } from '../extract/deal-objects.js';
import { EVENT_RULES } from '../compare/events.js';
import { CORROBORATED_PARTNER, OTHER_DEAL_CUES } from '../normalize/corroborated-parties.js';
import { SHARE_RULES } from '../compare/shares.js';
import { TIME_RULES } from '../extract/times.js';
import { TIME_PLACES } from '../extract/time-places.js';
import { SOLE_PARTY_FRAMES } from '../extract/sole-party.js';
import { PARTY_ROLES } from '../lexicon/party-roles.js';
import { NAME_ABBREVIATIONS } from '../lexicon/names.js';
import { SHARE_FRACTIONS } from '../quantities/share-fractions.js';
import { PRESS_SIGNS } from '../quantities/currencies.js';
import { AGENT_SENTENCES } from '../extract/agent-sentences.js';
import { WALKAWAYS } from '../extract/walkaways.js';
import { STATUS_FRAGMENTS } from '../extract/status-fragments.js';

interface Row {
  name: string;
  detail?: string;
  example: string;
  reason?: string;
}

function table(title: string, rows: readonly Row[]): string {
  const lines = rows.map((r) => [`  ${r.name}${r.detail ? ` (${r.detail})` : ''}`, `      e.g. ${r.example}`, ...(r.reason ? [`      ${r.reason}`] : [])].join('\n'));
  return `${title} (${rows.length})\n${lines.join('\n')}\n`;
}

/**
 * What the extractor knows, table by table, as `crosscheck --rules` prints it: frames with their words, the role
 * rules in the order they run, and the rules that decorate, complete, resolve and group.
 */
export function ruleTables(): string {
  const frames = Object.values(FRAMES).map((f): Row => {
    const words = ACTION_WORDS.filter((w) => w.frame === f.name).map((w) => `${w.lemma}${w.pos === 'noun' ? ' (n)' : ''}`);
    return { name: f.name, detail: `${f.type}; ${f.gives} -> ${f.receives}; ${f.terms}`, example: words.join(', ') };
  });
  const sections = [
    table('Frames and their words', frames),
    table('Role rules, in the order they run', ROLE_RULES.map((r) => ({ name: r.name, detail: `${r.alternation}; fills ${r.fills.join(', ')}`, example: r.example, reason: r.reason }))),
    table('Decorations (never parties)', DECORATION_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Descriptions', DESCRIPTION_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Groups that stand for a member', GROUP_RULES.map((r) => ({ name: r.name, detail: r.linker.length ? `"${r.linker.join(' ')}"` : 'before the noun', example: r.example, reason: r.reason }))),
    table('Completion of an empty side', COMPLETION_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Withdrawals', WITHDRAWAL_PHRASES.map((p) => ({ name: `${p.verbs[0]} ${p.particle}`, example: p.example }))),
    table('A firm leaving a deal named by the other firm', WALKAWAYS.map((w) => ({ name: w.name, detail: `${w.verbs[0]} ${w.words.join(' ')} NAME`, example: w.example, reason: w.reason }))),
    table('Sentences that are only a deal\'s end', STATUS_FRAGMENTS.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Sentences that name who gave the deal before', AGENT_SENTENCES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Words that end a deal', DEAL_ENDINGS.map((e) => ({ name: e.lemma, detail: `${e.role}${e.objectOnly ? ', deal as object' : ''}; ${e.synset ?? 'not in WordNet'}`, example: e.example, reason: e.reason }))),
    table('What a deal covers', OBJECT_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Money that is no price', NOT_DEAL_MONEY.map((r, k) => ({ name: `not-deal-money-${k + 1}`, example: r.example, reason: r.reason }))),
    table('Percentages that are a deal\'s figure', DEAL_PERCENT_RULES.map((r) => ({ name: r.name, detail: r.before ? 'words before' : 'words after', example: r.example, reason: r.reason }))),
    table("Signs a country's own press writes for its currency", PRESS_SIGNS.map((c) => ({ name: [...(c.before ?? []), ...(c.after ?? [])].join(', '), detail: `${c.code}${c.scaledOnly ? ', with a scale' : ''}`, example: c.example, reason: c.reason }))),
    table('Fractions that are a share of a firm', SHARE_FRACTIONS.map((f) => ({ name: f.words, detail: `${Math.round(f.percent * 10) / 10}%`, example: f.example, reason: f.reason }))),
    table('Lengths that are no term', NOT_TERM_LENGTHS.map((r, k) => ({ name: `not-term-length-${k + 1}`, example: r.example, reason: r.reason }))),
    table('Deals told by an only counterpart', SOLE_PARTY_FRAMES.map((f) => ({ name: f.name, example: f.example, reason: f.reason }))),
    table('Roles that name a side', PARTY_ROLES.map((r) => ({ name: r.noun, detail: `${r.type}; the named party ${r.takes ? 'takes' : 'gives'}`, example: r.example }))),
    table('Times', TIME_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Where a time dates a deal', TIME_PLACES.map((p) => ({ name: p.name, example: p.example, reason: p.reason }))),
    table('A misread side, read again from the corpus', [
      { name: CORROBORATED_PARTNER.rule, detail: `paired in ${CORROBORATED_PARTNER.otherSources}+ other source`, example: CORROBORATED_PARTNER.example, reason: CORROBORATED_PARTNER.reason },
      ...OTHER_DEAL_CUES.map((c, k) => ({ name: `other-deal-cue-${k + 1}`, detail: 'keeps the sides as read', example: c.example, reason: c.reason })),
    ]),
    table('Events', EVENT_RULES.map((r) => ({
      name: r.name,
      detail: r.meets ? 'meet' : 'apart',
      example: r.example.map((e) => (typeof e === 'string' ? `"${e}"` : `"${e.text}" (published ${e.publishedAt})`)).join(' + '),
      reason: r.reason,
    }))),
    table('Short forms of words in company names', NAME_ABBREVIATIONS.map((a) => ({ name: a.short, detail: a.full, example: a.example }))),
    table('Shares of an event with several parties on one side', SHARE_RULES.map((r) => ({ name: r.name, detail: r.share ? 'one party\'s' : 'all together', example: r.example, reason: r.reason }))),
  ];
  return sections.join('\n');
}
