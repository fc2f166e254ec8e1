import type { Mention } from './mentions.js';
import { referent, type SentenceView } from './sentence-view.js';
import { npParty } from './noun-phrases.js';
import type { Direction } from '../lexicon/actions.js';
import type { ActionType } from '../schema/claim.js';
import { PREPOSITIONS } from '../lexicon/words.js';

/** Preferred role-marking prepositions for the other side, by action type and direction. */
export function markersFor(type: ActionType, direction: Direction): string[] {
  if (type === 'supply') return direction === 'reverse' ? ['from', 'with', 'on', 'for'] : direction === 'none' ? ['with', 'to', 'for', 'from'] : ['to', 'for'];
  if (type === 'invest') return direction === 'reverse' ? ['from', 'to'] : ['in', 'into'];
  if (type === 'acquire') return direction === 'reverse' ? ['to', 'by'] : ['of'];
  return ['with', 'between', 'to', 'for'];
}

/** The direct object: the first name after the action that no other preposition claims ("pay SpaceX"). */
export function directObject(view: SentenceView, trigger: number, end: number, exclude: Mention | null): Mention | null {
  for (let k = trigger + 1; k <= end; k++) {
    const m = view.owner[k];
    if (!m) continue;
    const prev = view.token(m.first - 1);
    const blocked = prev && PREPOSITIONS.has(prev.norm) && !/^(of|like|including)$/.test(prev.norm) && m.first - 1 > trigger;
    if (!blocked) {
      const party = npParty(view, m.first, end);
      if (party && (!exclude || referent(party) !== referent(exclude))) return party;
    }
    k = m.last;
  }
  return null;
}

/**
 * The other side, marked by a preposition ("to Anthropic") or as the direct object; `object` in `markers`
 * says where the direct object ranks ("pay SpaceX ... for access to Colossus": object before "to").
 * Never the actor itself (`exclude`).
 */
export function findOtherSide(view: SentenceView, trigger: number, end: number, markers: readonly string[], withObject = true, exclude: Mention | null = null): { mention: Mention; marker: string } | null {
  const ok = (m: Mention | null): m is Mention => m !== null && (!exclude || referent(m) !== referent(exclude));
  for (const marker of [...markers, ...(markers.includes('object') || !withObject ? [] : ['object'])]) {
    if (marker === 'object') {
      const object = directObject(view, trigger, end, exclude);
      if (ok(object)) return { mention: object, marker };
      continue;
    }
    // The recipient comes last: "awarded the rights to the World Cup to Fox Sports".
    const places = [];
    for (let k = trigger + 1; k <= end; k++) if (view.token(k)!.norm === marker && !view.owner[k]) places.push(k);
    if (marker === 'to') places.reverse();
    for (const k of places) {
      const party = npParty(view, k + 1, end);
      if (ok(party)) return { mention: party, marker };
    }
  }
  return null;
}

/** "the agreement between Qatar Airways and Lufthansa Technik". */
export function betweenPair(view: SentenceView, trigger: number, end: number): [Mention, Mention] | null {
  for (let k = trigger + 1; k <= Math.min(end, trigger + 4); k++) {
    if (view.token(k)!.norm !== 'between') continue;
    const first = view.owner[k + 1];
    if (!first || !view.usable(first)) return null;
    const and = view.token(first.last + 1);
    const second = view.owner[first.last + 2];
    return and?.norm === 'and' && second && view.usable(second) ? [first, second] : null;
  }
  return null;
}
