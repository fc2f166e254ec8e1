import { FRAMES } from '../lexicon/frames.js';
import { ACTION_WORDS } from '../lexicon/actions.js';
import { ROLE_RULES } from '../extract/role-rules.js';
import { DESCRIPTION_RULES } from '../extract/descriptions.js';
import { COMPLETION_RULES } from '../extract/completion.js';
import { DECORATION_RULES } from '../extract/decorations.js';
import { NOT_DEAL_MONEY } from '../extract/claims.js';
import { WITHDRAWAL_PHRASES } from '../extract/cues.js';
import { EVENT_RULES } from '../compare/events.js';

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
    table('Completion of an empty side', COMPLETION_RULES.map((r) => ({ name: r.name, example: r.example, reason: r.reason }))),
    table('Withdrawals', WITHDRAWAL_PHRASES.map((p) => ({ name: `${p.verbs[0]} ${p.particle}`, example: p.example }))),
    table('Money that is no price', NOT_DEAL_MONEY.map((r, k) => ({ name: `not-deal-money-${k + 1}`, example: r.example, reason: r.reason }))),
    table('Events', EVENT_RULES.map((r) => ({ name: r.name, example: typeof r.example === 'string' ? r.example : JSON.stringify(r.example), reason: r.reason }))),
  ];
  return sections.join('\n');
}
