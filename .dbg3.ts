import { readDocument } from './src/text/document.js';
import { findMentions, capitalizedWords, resolveReferences } from './src/extract/mentions.js';
const doc = readDocument(process.argv[2]!);
const known = capitalizedWords(doc.sentences);
const ms = doc.sentences.map((s) => findMentions(s, known));
resolveReferences(ms.flat());
for (const m of ms.flat()) console.log(m.first, m.last, m.kind, JSON.stringify(m.name), m.possessive, m.refersTo?.map((r) => r.name));
console.log(doc.sentences[0]!.tokens.map((t) => `${t.text}|${t.post}`).join(' '));
