import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';

/**
 * A funding round told with its raiser alone ("Tovenna raises $12m seed") often names its lead in a clause or a
 * sentence of its own: "Brackmoor leads", "Lead: Brackmoor", "the raise was led by Brackmoor", "Brackmoor wrote the
 * lead check". The lead is the round's other side. Each cue is a record with an example and a reason; `roundLead`
 * finds the first lead its paragraph names.
 */
export interface LeadCue {
  name: string;
  example: string;
  /** The lead the example names. */
  lead: string;
  reason: string;
  /** Whether the name at `m` is named the lead by this cue. */
  names(tokens: readonly Token[], m: Mention): boolean;
}

const norm = (tokens: readonly Token[], k: number): string => tokens[k]?.norm ?? '';

export const LEAD_CUES: readonly LeadCue[] = [
  {
    name: 'led-by', example: 'Tovenna has raised $14 million. Its seed raise was led by Brackmoor Capital.', lead: 'Brackmoor Capital',
    reason: 'the firm a round was "led by" is its lead investor, in whatever sentence of the paragraph it stands',
    names: (tokens, m) => norm(tokens, m.first - 1) === 'by' && /^(?:led|co-led)$/.test(norm(tokens, m.first - 2)),
  },
  {
    name: 'name-leads', example: 'Tovenna raises $7m in a seed round; Brackmoor leads, Selloway joins.', lead: 'Brackmoor',
    reason: 'a firm that "leads" or "is leading" with no object of its own leads the round just told',
    names: (tokens, m) => {
      const next = norm(tokens, m.last + 1) === 'is' ? m.last + 2 : m.last + 1;
      return /^(?:leads|leading)$/.test(norm(tokens, next)) && (next + 1 >= tokens.length || /[,;.]/.test(tokens[next]!.post));
    },
  },
  {
    name: 'lead-label', example: 'Tovenna raises $25M in a Series B. Lead: Brackmoor; others: Selloway.', lead: 'Brackmoor',
    reason: 'a post\'s "Lead:" label names the round\'s lead investor',
    names: (tokens, m) => /:/.test(tokens[m.first - 1]?.post ?? '') && (norm(tokens, m.first - 1) === 'lead' || (norm(tokens, m.first - 1) === 'investor' && norm(tokens, m.first - 2) === 'lead')),
  },
  {
    name: 'lead-check', example: 'Tovenna raises $9M in a Series A. Brackmoor wrote the lead check.', lead: 'Brackmoor',
    reason: 'the firm that "wrote the lead check" or "took the lead" leads the round',
    names: (tokens, m) => /^(?:wrote|writes|took|takes|write|take)$/.test(norm(tokens, m.last + 1)) && norm(tokens, m.last + 2) === 'the' && norm(tokens, m.last + 3) === 'lead',
  },
];

/** The lead investor the paragraph names, by the first cue that names one other than the raiser, or null. */
export function roundLead(sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[], raiser: (m: Mention) => boolean): { mention: Mention; cue: string } | null {
  for (const [k, sentence] of sentences.entries()) {
    for (const m of mentions[k] ?? []) {
      if (m.kind !== 'name' || m.possessive || raiser(m)) continue;
      const cue = LEAD_CUES.find((c) => c.names(sentence.tokens, m));
      if (cue) return { mention: m, cue: cue.name };
    }
  }
  return null;
}
