import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';

export class SentenceView {
  readonly owner: (Mention | undefined)[];
  constructor(readonly sentence: Sentence, readonly mentions: readonly Mention[]) {
    this.owner = sentence.tokens.map(() => undefined);
    for (const m of mentions) for (let i = m.first; i <= m.last; i++) this.owner[i] = m;
  }
  get tokens(): readonly Token[] {
    return this.sentence.tokens;
  }
  token(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }
  /** A mention that stands for a party: a name, or a pronoun that was resolved. */
  usable(m: Mention | undefined): m is Mention {
    return m !== undefined && (m.kind === 'name' || (m.refersTo?.length ?? 0) > 0);
  }
  brokenAfter(i: number): boolean {
    return /[;:\u2014]|\s-\s/.test(this.token(i)?.post ?? '');
  }
}

export const referent = (m: Mention): string => (m.kind === 'name' ? m.name : m.refersTo?.[0]?.name ?? m.name);
