// src/lexicon/words.ts
var NOT_A_NAME = /* @__PURE__ */ new Set([
  "ai",
  "agi",
  "ml",
  "llm",
  "llms",
  "ipo",
  "ipos",
  "ceo",
  "cfo",
  "cto",
  "coo",
  "gpu",
  "gpus",
  "tpu",
  "tpus",
  "cpu",
  "cpus",
  "api",
  "apis",
  "pc",
  "pcs",
  "ev",
  "evs",
  "saas",
  "iaas",
  "capex",
  "opex",
  "r&d",
  "eps",
  "ebitda",
  "q1",
  "q2",
  "q3",
  "q4",
  "h1",
  "h2",
  "fy",
  "yoy",
  "ppa",
  "ppas",
  "mou",
  "mw",
  "gw",
  "kw",
  "tw",
  "mwh",
  "gwh",
  "twh",
  "usd",
  "eur",
  "gbp",
  "jpy",
  "cny",
  "ok",
  "tv",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "i",
  "mr",
  "mrs",
  "ms",
  "dr",
  "billion",
  "million",
  "trillion",
  "today",
  "yesterday",
  "tomorrow",
  "this",
  "last",
  "next",
  "year",
  "week",
  "month",
  "quarter",
  "us",
  "usa",
  "uk",
  "eu",
  "u.s",
  "u.s.",
  "u.k.",
  // analysts' shorthand and ratings: "TP US$27", "We cut Arden to Hold", "reiterate Outperform"
  "we",
  "our",
  "tp",
  "pt",
  "hold",
  "buy",
  "sell",
  "outperform",
  "underperform",
  "overweight",
  "underweight",
  "neutral",
  "accumulate",
  "reduce",
  "add",
  "equal",
  "weight",
  "market",
  "perform",
  "sector",
  "strong",
  "conviction",
  "yes",
  "no",
  "so",
  "well",
  // finance shorthand: "1.4x TBV", "c.13x EBITDA", "a $300m Series C"
  "series",
  "tbv",
  "nav",
  "irr",
  "roe",
  "roi",
  "roic",
  "cagr",
  "dcf",
  "aum",
  "arpu",
  "bps",
  "qoq",
  "ttm",
  "ltm",
  "ytd",
  "ebit",
  "fcf",
  "ev/ebitda",
  "p/e",
  "pe",
  "mou",
  "moa",
  "loi",
  "spa",
  "jv",
  "ipo",
  "esg",
  "ceo",
  "hq"
]);
var PERSONAL_PRONOUNS = /* @__PURE__ */ new Set(["he", "his", "him", "she", "her", "hers"]);
var NEUTER_PRONOUNS = /* @__PURE__ */ new Set(["it", "its"]);
var PLURAL_PRONOUNS = /* @__PURE__ */ new Set(["they", "their", "them"]);
var COMPANY_NOUNS = /* @__PURE__ */ new Set([
  "company",
  "firm",
  "startup",
  "lab",
  "group",
  "giant",
  "chipmaker",
  "automaker",
  "carrier",
  "airline",
  "insurer",
  "lender",
  "bank",
  "retailer",
  "drugmaker",
  "developer",
  "operator",
  "provider",
  "manufacturer",
  "conglomerate",
  "league",
  "broadcaster",
  "network",
  "fund",
  "planemaker",
  "lessor",
  "streamer",
  "maker",
  "supplier",
  "team",
  "club",
  "studio",
  "utility",
  "automaker",
  "buyer",
  "seller",
  "acquirer",
  "investor",
  "hyperscaler",
  "platform"
]);
var ORGANIZATION_WORDS = /* @__PURE__ */ new Set([
  "inc",
  "corp",
  "corporation",
  "co",
  "company",
  "ltd",
  "llc",
  "plc",
  "ag",
  "sa",
  "se",
  "nv",
  "gmbh",
  "group",
  "holdings",
  "labs",
  "lab",
  "capital",
  "partners",
  "ventures",
  "bank",
  "cloud",
  "systems",
  "technologies",
  "technology",
  "energy",
  "motors",
  "airlines",
  "airways",
  "air",
  "pharmaceuticals",
  "pharma",
  "therapeutics",
  "bio",
  "networks",
  "services",
  "industries",
  "international",
  "global",
  "fund",
  "trust",
  "foundation",
  "university",
  "institute",
  "ai",
  "robotics",
  "semiconductor",
  "semiconductors",
  "devices",
  "electric",
  "power",
  "media",
  "studios",
  "entertainment",
  "sports",
  "league",
  "club",
  "authority",
  "department",
  "ministry",
  "agency",
  "government",
  "council",
  "commission",
  "electronics",
  "platforms",
  "web",
  "software",
  "communications",
  "telecom",
  "financial",
  "resources",
  "brands",
  "foods",
  "health",
  "healthcare",
  "insurance",
  "logistics",
  "materials",
  "mining",
  "petroleum",
  "renewables",
  "aerospace",
  "defense",
  "defence",
  "automotive",
  "investments",
  "management",
  "securities",
  "bancorp",
  "video",
  "pictures",
  "records",
  "music",
  "games",
  "mobile",
  "wireless",
  "broadband",
  "satellite",
  "biotech",
  "biosciences",
  "sciences",
  "medical",
  "labs",
  "research",
  "solutions",
  "computing",
  "data",
  "chemicals",
  "steel",
  "motor",
  "infrastructure",
  "shipping",
  "shipbuilding",
  "offshore",
  "oil",
  "gas",
  "rail",
  "transport",
  "freight",
  "marine",
  "maritime",
  "minerals",
  "metals",
  "utilities",
  "aviation",
  "airport",
  "properties",
  "realty",
  "construction",
  "engineering"
]);
var LEGAL_SUFFIXES = /* @__PURE__ */ new Set([
  "inc",
  "inc.",
  "incorporated",
  "corp",
  "corp.",
  "corporation",
  "ltd",
  "ltd.",
  "limited",
  "llc",
  "l.l.c.",
  "plc",
  "p.l.c.",
  "co",
  "co.",
  "ag",
  "sa",
  "s.a.",
  "se",
  "nv",
  "n.v.",
  "bv",
  "b.v.",
  "gmbh",
  "kgaa",
  "lp",
  "l.p.",
  "llp",
  "asa",
  "ab",
  "a/s",
  "oyj",
  "spa",
  "s.p.a.",
  "sas",
  "sarl",
  "kk",
  "k.k.",
  "pty",
  "pte",
  "ltda",
  "bhd",
  "tbk",
  "pbc",
  "holdings",
  "holding",
  "group",
  // Italy, Romania (S.r.l.), the Gulf and Russia (PJSC, JSC), Finland (Oy), Hungary (Nyrt., Zrt., Kft.), Turkey (A.Ş.),
  // Czechia and Slovakia (a.s.), Spain (S.L.), Egypt (S.A.E.), Malaysia (Sdn), Sweden's "(publ)"
  "srl",
  "s.r.l",
  "s.r.l.",
  "pjsc",
  "jsc",
  "oy",
  "nyrt",
  "nyrt.",
  "zrt",
  "zrt.",
  "kft",
  "kft.",
  "a.\u015F",
  "a.\u015F.",
  "a.s.",
  "s.l.",
  "s.a.e.",
  "sae",
  "sdn",
  "publ",
  "pvt",
  "pvt.",
  "pte.",
  "pty."
]);
var LOCATIVE_PREPOSITIONS = /* @__PURE__ */ new Set(["near", "outside", "across", "throughout", "around", "via", "inside", "beyond"]);
var PLACE_PREPOSITIONS = /* @__PURE__ */ new Set(["in", "at", "into", "of", "for", "on", "within", "between", "among"]);
var OUTLET_WORDS = /* @__PURE__ */ new Set([
  "weekly",
  "daily",
  "monthly",
  "digest",
  "roundup",
  "newsletter",
  "journal",
  "gazette",
  "herald",
  "tribune",
  "bulletin",
  "dispatch",
  "podcast",
  "briefing",
  "brief",
  "news",
  "times",
  "wire",
  "newswire",
  "insider",
  "ledger",
  "chronicle",
  "observer"
]);
var PREPOSITIONS = /* @__PURE__ */ new Set([
  "of",
  "to",
  "with",
  "from",
  "in",
  "into",
  "for",
  "by",
  "at",
  "on",
  "like",
  "than",
  "under",
  "about",
  "over",
  "against",
  "between",
  "among",
  "via",
  "through",
  "across",
  "as",
  "including",
  "toward",
  "towards",
  "onto",
  "within",
  "behind",
  "outside",
  "beyond",
  "except",
  "excluding",
  "inside",
  "near",
  "after",
  "before",
  "since",
  "until",
  "during",
  "despite"
]);

// src/text/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "bros",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "no",
  "approx",
  "est",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "gov",
  "gen",
  "rep",
  "sen",
  "mt",
  "ft",
  ...[...LEGAL_SUFFIXES].filter((w) => w.endsWith(".")).map((w) => w.slice(0, -1))
]);
var MAX_SENTENCE_CHARS = 600;
function endsWithAbbreviation(text, dot) {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1])) start--;
  const word = text.slice(start, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}
function cutLong(text, span, max) {
  const pieces = [];
  let start = span.start;
  while (span.end - start > max) {
    const limit = start + max;
    let cut = limit;
    for (let k = limit; k > start + max / 2; k--) {
      if (text[k] === " ") {
        cut = k;
        break;
      }
    }
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && /\s/.test(text[start])) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}
function trimmed(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
function splitSentences(text, max = MAX_SENTENCE_CHARS) {
  const spans = [];
  let start = 0;
  const push = (end) => {
    const span = trimmed(text, start, end);
    if (span) spans.push(...cutLong(text, span, max));
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && text[i + 1] === "\n") {
      push(i);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < text.length && /["'\u201d\u2019)\]]/.test(text[end])) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next < text.length && !/[A-Z0-9"'\u201c\u2018($\u20ac\u00a3]/.test(text[next])) continue;
    if (ch === "." && endsWithAbbreviation(text, i) && next < text.length && !/\n/.test(text.slice(end, next))) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

// src/text/nlp.ts
import nlp from "compromise/two";
var MAX_SEGMENT_CHARS = 2400;
var STEPS = ["contractions", "alias", "machine", "index", "lexicon", "preTagger", "contractionTwo"];
var parse = (text) => nlp.tokenize(text).compute(STEPS);
function segmentsOf(sentences) {
  const segments = [];
  let current = null;
  for (const s of sentences) {
    if (current && s.end - current.start <= MAX_SEGMENT_CHARS) current.end = s.end;
    else {
      current = { start: s.start, end: s.end };
      segments.push(current);
    }
  }
  return segments;
}
function readable(text) {
  return text.replace(/--\(([^()\n]{1,40})\)--/g, (_m, inner) => `  (${inner})- `).replace(/([A-Za-z.)])--(?=[A-Z(])/g, "$1- ");
}
function tagTerms(text, sentences) {
  const terms = [];
  for (const segment of segmentsOf(sentences)) {
    const doc2 = parse(readable(text.slice(segment.start, segment.end)));
    doc2.compute("offset");
    for (const sentence of doc2.document) {
      for (const t of sentence) {
        const start = segment.start + t.offset.start;
        terms.push({
          text: t.text,
          norm: (t.implicit ?? t.machine ?? t.normal ?? t.text).toLowerCase(),
          start,
          end: start + t.offset.length,
          pre: t.pre,
          post: t.post,
          tags: t.tags
        });
      }
    }
  }
  return terms;
}
var NAME_TAGS = /* @__PURE__ */ new Set(["ProperNoun", "Organization", "Person", "Place", "Region", "Country", "City", "FirstName", "LastName", "MaleName", "FemaleName"]);
var PLACE_TAGS = /* @__PURE__ */ new Set(["Place", "Country", "Region", "City", "Address"]);
var lexicon = null;
function lexiconTags(lower) {
  lexicon ??= nlp.model().one.lexicon;
  const tags = lexicon[lower];
  return tags === void 0 ? null : Array.isArray(tags) ? tags : [tags];
}
function isCommonWord(lower) {
  const tags = lexiconTags(lower);
  return tags !== null && !tags.some((t) => NAME_TAGS.has(t));
}
function isPlaceName(lower) {
  return lexiconTags(lower)?.some((t) => PLACE_TAGS.has(t)) ?? false;
}

// src/text/document.ts
var QUOTE = /["'\u201c\u201d\u2018\u2019]/;
var POSSESSIVE = /['\u2019]s?$/;
var POSSESSIVE_PRONOUNS = /* @__PURE__ */ new Set(["his", "her", "its", "their", "our", "my", "your"]);
function annotate(terms) {
  let quoted = false;
  let parenthetical = false;
  return terms.map((term, i) => {
    if (QUOTE.test(term.pre)) quoted = true;
    if (term.pre.includes("(")) parenthetical = true;
    const token = {
      text: term.text,
      norm: term.norm,
      start: term.start,
      end: term.end,
      pre: term.pre,
      post: term.post,
      tags: term.tags,
      i,
      quoted,
      parenthetical,
      // compromise tags every word of "Premier League's" possessive; only the word with the "'s" is.
      possessive: POSSESSIVE.test(term.text) && term.text.length > 2 || POSSESSIVE_PRONOUNS.has(term.norm)
    };
    if (QUOTE.test(term.post)) quoted = false;
    if (term.post.includes(")")) parenthetical = false;
    return token;
  });
}
var CONTRACTION_NEXT_TAGS = ["Determiner", "Gerund", "Adverb", "Preposition", "PastTense", "Participle", "Negative"];
function undoFalseContractions(terms) {
  const out = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    const implied = terms[i + 1];
    const after = terms[i + 2];
    const falseIs = implied && implied.text === "" && implied.norm === "is" && POSSESSIVE.test(term.text) && !term.tags.has("Pronoun") && after && !CONTRACTION_NEXT_TAGS.some((tag) => after.tags.has(tag));
    if (falseIs) {
      out.push({ ...term, norm: term.norm.replace(/['\u2019]s$/, ""), post: implied.post || term.post, tags: /* @__PURE__ */ new Set([...term.tags, "Possessive"]) });
      i++;
    } else out.push(term);
  }
  return out;
}
var SLASHED_NAMES = /^([A-Z][A-Za-z0-9&.]+)\/([A-Z][A-Za-z0-9&.]+)$/;
function splitSlashedNames(terms) {
  const out = [];
  for (const term of terms) {
    const m = SLASHED_NAMES.exec(term.text);
    if (!m || !/[a-z]/.test(term.text)) {
      out.push(term);
      continue;
    }
    const [, first, second] = m;
    const tags = /* @__PURE__ */ new Set(["ProperNoun", "Noun"]);
    const middle = term.start + first.length + 1;
    out.push({ text: first, norm: first.toLowerCase(), start: term.start, end: middle - 1, pre: term.pre, post: "/", tags });
    out.push({ text: second, norm: second.toLowerCase(), start: middle, end: term.end, pre: "", post: term.post, tags });
  }
  return out;
}
function readDocument(text) {
  const spans = splitSentences(text);
  const terms = splitSlashedNames(undoFalseContractions(tagTerms(text, spans)));
  const sentences = [];
  let t = 0;
  spans.forEach((span, index) => {
    const own = [];
    while (t < terms.length && terms[t].start < span.end) {
      if (terms[t].start >= span.start) own.push(terms[t]);
      t++;
    }
    sentences.push({ index, span, tokens: annotate(own) });
  });
  return { text, sentences };
}

// src/lexicon/statements.ts
var STATEMENT_VERBS = new Map(
  Object.entries({
    pay: ["pay", "pays", "paid", "paying"],
    tax: ["tax", "taxes", "taxed"],
    fine: ["fine", "fines", "fined"],
    charge: ["charge", "charges", "charged"],
    earn: ["earn", "earns", "earned"],
    generate: ["generate", "generates", "generated"],
    spend: ["spend", "spends", "spent"],
    cost: ["cost", "costs"],
    lose: ["lose", "loses", "lost"],
    raise: ["raise", "raises", "raised"],
    borrow: ["borrow", "borrows", "borrowed"],
    owe: ["owe", "owes", "owed"],
    say: ["say", "says", "said"],
    value: ["value", "values", "valued"],
    employ: ["employ", "employs", "employed"],
    hire: ["hire", "hires", "hired"],
    cut: ["cut", "cuts", "cutting"],
    add: ["add", "adds", "added"],
    post: ["post", "posts", "posted"],
    // what a party already holds: "Hoshimura currently holds 15% of Lucenta" states a stake, not the deal at hand
    hold: ["hold", "holds", "held"],
    own: ["own", "owns", "owned"],
    report: ["report", "reports", "reported"],
    // one figure passing another: "GDP growth eclipses unemployment", "exports surpassed imports"
    exceed: [
      "exceed",
      "exceeds",
      "exceeded",
      "exceeding",
      "surpass",
      "surpasses",
      "surpassed",
      "surpassing",
      "eclipse",
      "eclipses",
      "eclipsed",
      "eclipsing",
      "overtake",
      "overtakes",
      "overtook",
      "overtaking",
      "outpace",
      "outpaces",
      "outpaced"
    ]
  }).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma]))
);
var TREND_WORDS = new Map([
  ...[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "gain",
    "gains",
    "gained",
    "jump",
    "jumps",
    "jumped",
    "surge",
    "surges",
    "surged",
    "soar",
    "soars",
    "soared",
    "climb",
    "climbs",
    "climbed",
    "rally",
    "rallies",
    "rallied",
    "up",
    "higher",
    "advance",
    "advances",
    "advanced",
    "grow",
    "grows",
    "grew",
    "increase",
    "increases",
    "increased",
    "rebound",
    "rebounds",
    "rebounded",
    "strong",
    "green",
    "high",
    "positive"
  ].map((w) => [w, "up"]),
  ...[
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "slip",
    "slips",
    "slipped",
    "slide",
    "slides",
    "slid",
    "decline",
    "declines",
    "declined",
    "down",
    "lower",
    "plunge",
    "plunges",
    "plunged",
    "tumble",
    "tumbles",
    "tumbled",
    "sink",
    "sinks",
    "sank",
    "shrink",
    "shrinks",
    "shrank",
    "decrease",
    "decreases",
    "decreased",
    "dip",
    "dips",
    "dipped",
    "weak",
    "red",
    "crash",
    "crashes",
    "crashed",
    "low",
    "negative"
  ].map((w) => [w, "down"]),
  ...["flat", "unchanged", "steady"].map((w) => [w, "flat"])
]);

// src/quantities/unicode.ts
var UNICODE_FOLDS = [
  { char: "\u2010", ascii: "-", name: "hyphen", example: "a 12\u2010year lease" },
  { char: "\u2011", ascii: "-", name: "non-breaking hyphen", example: "a 12\u2011year lease" },
  { char: "\u2012", ascii: "-", name: "figure dash", example: "a 12\u2012year lease" },
  { char: "\u2013", ascii: "-", name: "en dash", example: "a 12\u2013year lease" },
  { char: "\u2212", ascii: "-", name: "minus sign", example: "$10\u221212 billion" },
  { char: "\uFE63", ascii: "-", name: "small hyphen-minus", example: "a 12\uFE63year lease" },
  { char: "\uFF0D", ascii: "-", name: "fullwidth hyphen-minus", example: "a 12\uFF0Dyear lease" },
  { char: "\xA0", ascii: " ", name: "no-break space", example: "$3\xA0billion" },
  { char: "\u202F", ascii: " ", name: "narrow no-break space", example: "$3\u202Fbillion" },
  { char: "\u2009", ascii: " ", name: "thin space", example: "$3\u2009billion" },
  { char: "\u2007", ascii: " ", name: "figure space", example: "$3\u2007billion" },
  { char: "\u200A", ascii: " ", name: "hair space", example: "$3\u200Abillion" },
  { char: "\uFF04", ascii: "$", name: "fullwidth dollar sign", example: "\uFF0445 billion" }
];
var FOLD = new Map(UNICODE_FOLDS.map((f) => [f.char.charCodeAt(0), f.ascii]));
var GROUPING_SPACES = /* @__PURE__ */ new Set([160, 8239, 8201, 8199]);
function foldUnicode(text) {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 160) continue;
    const a = FOLD.get(c);
    if (a === void 0) continue;
    out += text.slice(from, i) + a;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// src/quantities/tokens.ts
var LETTER = /[\p{L}\p{M}]/u;
var SPACE = /\s/u;
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isLetterAt(text, i) {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) ?? 0;
  return LETTER.test(String.fromCodePoint(cp)) ? cp > 65535 ? 2 : 1 : 0;
}
function numberEnd(text, i) {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  const indian = indianEnd(text, i, j);
  if (indian > j) j = indian;
  while (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
  if (j - i <= 3 && j === firstRun(text, i)) j = spacedGroupsEnd(text, j);
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}
function firstRun(text, i) {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}
function spacedGroupsEnd(text, j) {
  let k = j;
  while (GROUPING_SPACES.has(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4))) k += 4;
  return k;
}
function indianEnd(text, i, j) {
  if (j - i > 2) return j;
  let k = j;
  let pairs = 0;
  while (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && text.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  if (pairs === 0 || !(isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4)))) return j;
  return k + 4;
}
function wordEnd(text, i) {
  let j = i;
  let apostrophe = false;
  for (; ; ) {
    const n = isLetterAt(text, j);
    if (n > 0) {
      j += n;
      continue;
    }
    const c = text.charCodeAt(j);
    if (!apostrophe && (c === 39 || c === 8217) && isLetterAt(text, j + 1) > 0) {
      apostrophe = true;
      j++;
      continue;
    }
    return j;
  }
}
function tokenize(original) {
  const text = foldUnicode(original);
  const tokens = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const e = numberEnd(original, i);
      const t2 = text.slice(i, e);
      tokens.push({ text: t2, lower: t2, start: i, end: e, kind: "num" });
      i = e;
      continue;
    }
    if (isLetterAt(text, i) > 0) {
      const e = wordEnd(text, i);
      const t2 = text.slice(i, e);
      tokens.push({ text: t2, lower: t2.toLowerCase(), start: i, end: e, kind: "word" });
      i = e;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const w = cp > 65535 ? 2 : 1;
    const t = text.slice(i, i + w);
    if (!SPACE.test(t)) tokens.push({ text: t, lower: t, start: i, end: i + w, kind: "sym" });
    i += w;
  }
  return tokens;
}

// src/quantities/phrases.ts
function keyOf(tokens, from, to, lower) {
  let key = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t === void 0) break;
    const prev = tokens[k - 1];
    if (k > from && prev !== void 0 && prev.end !== t.start) key += " ";
    key += lower ? t.lower : t.text;
  }
  return key;
}
function phraseTable(entries, lower = true) {
  const map = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ new Set();
  const last = /* @__PURE__ */ new Set();
  const heads = /* @__PURE__ */ new Set();
  const tails = /* @__PURE__ */ new Set();
  let max = 1;
  for (const [phrase, v] of entries) {
    const toks = tokenize(lower ? phrase.toLowerCase() : phrase);
    const a = toks[0];
    const b = toks[toks.length - 1];
    if (a === void 0 || b === void 0) continue;
    map.set(keyOf(toks, 0, toks.length, lower), v);
    first.add(lower ? a.lower : a.text);
    last.add(lower ? b.lower : b.text);
    if (toks.length > max) max = toks.length;
    for (let k = 1; k <= toks.length; k++) {
      heads.add(keyOf(toks, 0, k, lower));
      tails.add(keyOf(toks, toks.length - k, toks.length, lower));
    }
  }
  return { map, first, last, heads, tails, max, lower };
}

// src/quantities/currencies.ts
var CURRENCIES = [
  {
    code: "USD",
    before: ["$", "US$", "U.S.$", "USD", "USD$", "US $", "U.S. $", "U.S $"],
    after: ["dollar", "dollars", "us dollars", "us dollar", "u.s. dollars", "u.s. dollar", "american dollars", "usd", "bucks", "buck", "united states dollars"],
    minor: ["cent", "cents", "\xA2"],
    example: "USD 45 billion"
  },
  { code: "EUR", before: ["\u20AC", "EUR", "EUR\u20AC"], after: ["euro", "euros", "eur"], minor: ["euro cents", "eurocents"], example: "\u20AC2.5bn" },
  {
    code: "GBP",
    before: ["\xA3", "GBP", "GB\xA3", "UK\xA3"],
    after: ["pounds sterling", "pound sterling", "sterling", "gbp", "british pounds", "british pound", "quid", "uk pounds"],
    afterIfScaled: ["pound", "pounds"],
    minor: ["pence", "penny", "pennies"],
    example: "\xA32,000"
  },
  { code: "JPY", before: ["\xA5", "JPY", "JP\xA5"], after: ["yen", "japanese yen", "jpy"], example: "\xA5500 billion" },
  { code: "CNY", before: ["CNY", "RMB", "CN\xA5", "\u5143"], after: ["yuan", "renminbi", "rmb", "cny", "chinese yuan", "\u5143", "kuai"], example: "10 billion yuan" },
  { code: "INR", before: ["\u20B9", "INR", "Rs", "Rs."], after: ["rupee", "rupees", "indian rupees", "inr", "rs", "rs."], minor: ["paise"], example: "\u20B9500 crore" },
  { code: "CAD", before: ["C$", "CA$", "CAD", "Can$", "CAD$", "C $"], after: ["canadian dollars", "canadian dollar", "cad"], example: "C$3 billion" },
  { code: "AUD", before: ["A$", "AU$", "AUD", "AUD$"], after: ["australian dollars", "australian dollar", "aud"], example: "A$1.2bn" },
  { code: "NZD", before: ["NZ$", "NZD", "NZD$", "NZ $"], after: ["new zealand dollars", "new zealand dollar", "nzd"], example: "NZ$40 million" },
  { code: "HKD", before: ["HK$", "HKD", "HK $"], after: ["hong kong dollars", "hong kong dollar", "hkd"], example: "HK$8 billion" },
  { code: "SGD", before: ["S$", "SGD"], after: ["singapore dollars", "singapore dollar", "sgd"], example: "S$1 billion" },
  { code: "TWD", before: ["NT$", "TWD"], after: ["taiwan dollars", "new taiwan dollars", "twd"], example: "NT$30 billion" },
  { code: "CHF", before: ["CHF", "SFr", "Fr."], after: ["swiss francs", "swiss franc", "francs", "franc", "chf"], example: "CHF 2 billion" },
  { code: "KRW", before: ["\u20A9", "KRW"], after: ["korean won", "krw"], afterIfScaled: ["won"], example: "\u20A93 trillion" },
  { code: "RUB", before: ["\u20BD", "RUB"], after: ["rubles", "ruble", "roubles", "rouble", "rub"], example: "5 billion rubles" },
  { code: "BRL", before: ["R$", "BRL"], after: ["reais", "brazilian real", "brl"], example: "R$10 million" },
  { code: "MXN", before: ["MX$", "MXN", "MXN$", "Mex$"], after: ["pesos", "mexican pesos", "mxn"], example: "MXN 500 million" },
  { code: "SEK", before: ["SEK"], after: ["swedish kronor", "swedish krona", "swedish crowns", "swedish crown", "sek"], example: "SEK 4 billion" },
  { code: "NOK", before: ["NOK"], after: ["norwegian kroner", "norwegian krone", "norwegian crowns", "norwegian crown", "nok"], example: "NOK 4 billion" },
  { code: "DKK", before: ["DKK"], after: ["danish kroner", "danish krone", "danish crowns", "danish crown", "dkk"], example: "DKK 4 billion" },
  { code: "ZAR", before: ["ZAR"], after: ["rand", "south african rand", "zar"], example: "ZAR 2 billion" },
  { code: "SAR", before: ["SAR"], after: ["saudi riyals", "saudi riyal", "saudiriyal", "sar"], example: "SAR 10 billion" },
  { code: "QAR", before: ["QAR"], after: ["qatari riyals", "qatari riyal", "qar"], example: "42 qatari riyals" },
  { code: "AED", before: ["AED"], after: ["dirhams", "uae dirhams", "aed"], example: "AED 1 billion" },
  { code: "KWD", before: ["KWD"], after: ["kuwaiti dinars", "kuwaiti dinar", "kwd"], example: "42 kuwaiti Dinar" },
  { code: "LBP", before: ["LBP"], after: ["lebanese pounds", "lebanese pound", "lbp"], example: "42 Lebanese Pounds" },
  { code: "EGP", before: ["EGP"], after: ["egyptian pounds", "egyptian pound", "egyptianpound", "egp", "le", "l.e", "l.e.", "geneh", "genihat masriya"], example: "42 EGP" },
  { code: "ILS", before: ["\u20AA", "ILS", "NIS"], after: ["shekels", "shekel", "new shekels", "ils", "nis"], example: "\u20AA500 million" },
  { code: "TRY", before: ["\u20BA", "TRY"], after: ["turkish lira", "turkish liras", "lira", "liras"], example: "\u20BA20 billion" },
  { code: "PLN", before: ["PLN", "z\u0142"], after: ["zloty", "zlotys", "z\u0142oty", "pln"], example: "PLN 3 billion" },
  { code: "BGN", before: ["BGN"], after: ["bulgarian lev", "leva", "bgn"], example: "42 BGN" },
  { code: "MYR", before: ["MYR", "RM"], after: ["ringgit", "ringgits", "malaysia ringgit", "malaysian ringgit", "malaysia ringgits", "malaysian ringgits", "myr", "rm"], minor: ["sen", "sens"], example: "RM 42" },
  { code: "MNT", before: ["MNT", "\u20AE"], after: ["tugrik", "tugriks", "mnt"], example: "10 tugriks" },
  { code: "UAH", before: ["UAH", "\u20B4"], after: ["hryvnia", "hryvnias", "uah"], minor: ["kopiyka", "kopiykas", "kopecks"], example: "UAH 3.04" },
  { code: "CRC", before: ["\u20A1", "CRC"], after: ["col\xF3n", "colones", "costa rican col\xF3n", "crc"], example: "100 \u20A1" },
  { code: "GEL", before: ["\u20BE", "GEL"], after: ["lari", "georgian lari", "gel"], example: "100\u20BE" },
  { code: "LAK", before: ["\u20AD", "LAK"], after: ["kip", "lao kip", "lak"], example: "100,000 \u20AD" },
  { code: "LKR", before: ["\u0BB0\u0BC2", "LKR"], after: ["sri lankan rupees", "sri lankan rupee", "lkr"], example: "100,000 \u0BB0\u0BC2" },
  { code: "FIM", before: [], after: ["finnish markka", "finnish markkas", "markka", "markkaa"], example: "420 million finnish markka" },
  { code: "ESP", before: [], after: ["pesetas", "peseta", "spanish pesetas"], example: "6.65 billion pesetas" },
  { code: "NLG", before: [], after: ["dutch guilders", "dutch guilder", "guilders", "guilder"], example: "250 million dutch guilders" },
  { code: "DEM", before: ["DM"], after: ["deutsche marks", "deutsche mark", "deutschmarks", "german marks"], example: "5 billion deutsche marks" },
  { code: "FRF", before: [], after: ["french francs", "french franc"], example: "20 billion french francs" },
  { code: "ITL", before: [], after: ["lire", "italian lire"], example: "500 billion lire" }
];
var ISO = /^[A-Z]{3}$/;
function buildMaps() {
  const before = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  const after = /* @__PURE__ */ new Map();
  for (const c of CURRENCIES) {
    const hit = { code: c.code, factor: 1, ifScaled: false };
    for (const b of c.before) {
      before.set(b, hit);
      if (/[^\p{L}.\s]/u.test(b) && /\p{L}/u.test(b)) {
        folded.set(b.toLowerCase(), hit);
        if (!/\s/u.test(b)) after.set(b.toLowerCase(), hit);
      }
      if (!/\p{L}/u.test(b)) after.set(b, hit);
      if (ISO.test(b)) {
        before.set(`M${b}`, { code: c.code, factor: 1e6, ifScaled: false });
        after.set(`m${b.toLowerCase()}`, { code: c.code, factor: 1e6, ifScaled: false });
      }
    }
    for (const a of c.after) after.set(a, hit);
    for (const a of c.afterIfScaled ?? []) after.set(a, { code: c.code, factor: 1, ifScaled: true });
    for (const a of c.minor ?? []) after.set(a, { code: c.code, factor: 0.01, ifScaled: false });
  }
  return { before, folded, after };
}
var MAPS = buildMaps();
var CURRENCY_BEFORE = phraseTable(MAPS.before, false);
var CURRENCY_BEFORE_FOLDED = phraseTable(MAPS.folded);
var CURRENCY_AFTER = phraseTable(MAPS.after);

// src/lexicon/names.ts
var STOCK_EXCHANGES = /* @__PURE__ */ new Set([
  "NYSE",
  "NASDAQ",
  "AMEX",
  "NYSEAMERICAN",
  "OTC",
  "OTCQX",
  "OTCQB",
  "CBOE",
  "LSE",
  "LON",
  "AIM",
  "TSX",
  "TSXV",
  "CSE",
  "ASX",
  "NZX",
  "NSE",
  "BSE",
  "SIX",
  "SWX",
  "TYO",
  "TSE",
  "JPX",
  "HKEX",
  "HKG",
  "HK",
  "SGX",
  "XETRA",
  "ETR",
  "FRA",
  "FWB",
  "EPA",
  "EURONEXT",
  "AMS",
  "EBR",
  "ELI",
  "OSE",
  "OSL",
  "OB",
  "STO",
  "OMX",
  "CPH",
  "HEL",
  "ICE",
  "KRX",
  "KOSPI",
  "KOSDAQ",
  "JSE",
  "BMV",
  "B3",
  "BOVESPA",
  "TASE",
  "SSE",
  "SZSE",
  "SHA",
  "SHE",
  "TWSE",
  "TPE",
  "IDX",
  "SET",
  "BIT",
  "BME",
  "MCX",
  "WSE",
  "BVMF",
  "BVL",
  "BCS",
  "ADX",
  "DFM",
  "TADAWUL",
  "QSE",
  "EGX",
  "PSE",
  "BURSA",
  "KLSE",
  "VIE",
  "ATH",
  "IST",
  "BIST"
]);
var PUBLIC_BODY_NOUNS = /* @__PURE__ */ new Set([
  "government",
  "ministry",
  "ministers",
  "minister",
  "department",
  "cabinet",
  "treasury",
  "administration",
  "state",
  "regulator",
  "agency",
  "council",
  "commission",
  "parliament",
  "province",
  "municipality",
  "city"
]);
var REPORTING_VERBS = /* @__PURE__ */ new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "announced",
  "announces",
  "added",
  "adds",
  "noted",
  "notes",
  "wrote",
  "writes",
  "commented",
  "comments",
  "explained",
  "explains",
  "stated",
  "states",
  "argued",
  "argues",
  "remarked",
  "observed",
  "estimated",
  "estimates",
  "predicted",
  "predicts",
  "cautioned",
  "warned",
  "warns",
  "insisted",
  "confirmed",
  "confirms",
  "reported",
  "reports",
  "calculated",
  "calculates",
  "believes",
  "believed",
  "thinks",
  "thought",
  "reckons",
  "reckoned"
]);
var COMMENTATOR_NOUNS = /* @__PURE__ */ new Set([
  "analyst",
  "analysts",
  "strategist",
  "strategists",
  "economist",
  "economists",
  "commentator",
  "commentators",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "spokespeople",
  "lawyer",
  "lawyers",
  "banker",
  "bankers",
  "observers",
  "commissioner",
  "secretary",
  "governor",
  "mayor",
  "chairman",
  "chairwoman",
  "chair",
  "president",
  "director",
  "officer",
  "executive",
  "minister",
  "official",
  "officials",
  "source",
  "sources",
  "researcher",
  "researchers"
]);
var ISO_CURRENCY_CODES = new Set(
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : CURRENCIES.map((c) => c.code)
);
var CURRENCY_NAMES = new Set(
  CURRENCIES.flatMap((c) => [c.code, ...c.before]).filter((w) => /^[A-Za-z.]+$/.test(w)).map((w) => w.toLowerCase())
);
var SITE_NOUNS = /* @__PURE__ */ new Set([
  "port",
  "city",
  "region",
  "province",
  "county",
  "district",
  "plant",
  "plants",
  "site",
  "sites",
  "campus",
  "facility",
  "facilities",
  "complex",
  "field",
  "fields",
  "mine",
  "mines",
  "airport",
  "refinery",
  "terminal",
  "operations",
  "fab",
  "factory",
  "mill",
  "steelworks",
  "reactor",
  "station",
  "basin",
  "deposit",
  "smelter",
  "hub",
  "park",
  "estate",
  "operation",
  "project",
  "laboratory",
  "stadium",
  "venue",
  "wind",
  "farm"
]);
var NOT_ASSETS = /* @__PURE__ */ new Set(["city", "region", "province", "county", "district", "basin", "operation", "operations", "wind"]);
var ASSET_NOUNS = /* @__PURE__ */ new Set([
  ...[...SITE_NOUNS].filter((w) => !NOT_ASSETS.has(w)),
  "asset",
  "assets",
  "projects",
  "portfolio",
  "portfolios",
  "fleet",
  "farms",
  "parks",
  "terminals",
  "tower",
  "towers",
  "building",
  "buildings",
  "factories",
  "refineries",
  "pipeline",
  "pipelines",
  "property",
  "properties",
  "hotel",
  "hotels",
  "stores",
  "branches",
  "depot",
  "depots",
  "warehouse",
  "warehouses",
  "centre",
  "centres",
  "center",
  "centers",
  "licences",
  "licenses",
  "vessels",
  "ships",
  "tankers",
  "rigs"
]);
var RATING_WORDS = /* @__PURE__ */ new Set([
  "buy",
  "sell",
  "hold",
  "overweight",
  "underweight",
  "outperform",
  "underperform",
  "neutral",
  "accumulate",
  "reduce",
  "add",
  "equal-weight",
  "market-perform",
  "sector-perform",
  "strong"
]);

// src/lexicon/demonyms.ts
var PLACE_ADJECTIVES = /* @__PURE__ */ new Set([
  "aberdonian",
  "abkhaz",
  "abkhazian",
  "achaean",
  "aeolian",
  "afghan",
  "afghani",
  "afghanistani",
  "afrikaans",
  "afrikaner",
  "alaskan",
  "albanian",
  "algerian",
  "alsatian",
  "american",
  "andalusian",
  "andorran",
  "angolan",
  "anguillan",
  "antiguan",
  "appalachian",
  "arabian",
  "aramaean",
  "aramean",
  "argentine",
  "argentinian",
  "argive",
  "armenian",
  "assamese",
  "athenian",
  "attic",
  "australasian",
  "austrian",
  "austronesian",
  "azerbaijani",
  "babylonian",
  "bahamian",
  "bahraini",
  "baltic",
  "bangladeshi",
  "barbadian",
  "bavarian",
  "belarusian",
  "belgian",
  "bengali",
  "beninese",
  "bermudan",
  "bhutanese",
  "boeotian",
  "bohemian",
  "bolivian",
  "bosnian",
  "botswanan",
  "brazilian",
  "british",
  "bruneian",
  "bulgarian",
  "burmese",
  "burundi",
  "burundian",
  "byzantine",
  "calcuttan",
  "californian",
  "cambodian",
  "cambrian",
  "cameroonian",
  "canadian",
  "cappadocian",
  "carthaginian",
  "catalan",
  "caucasian",
  "caucasic",
  "central american",
  "ceylonese",
  "chadian",
  "chaldaean",
  "chaldean",
  "chaldee",
  "chechen",
  "chian",
  "chilean",
  "chinese",
  "colombian",
  "congolese",
  "continental",
  "cornish",
  "corsican",
  "costa rican",
  "croatian",
  "cuban",
  "cyprian",
  "cypriot",
  "cypriote",
  "czech",
  "czechoslovakian",
  "dalmatian",
  "danish",
  "delphian",
  "delphic",
  "dipylon",
  "djiboutian",
  "dominican",
  "dorian",
  "dutch",
  "east african",
  "east german",
  "east indian",
  "east pakistani",
  "ecuadorian",
  "egyptian",
  "english",
  "ephesian",
  "eritrean",
  "estonian",
  "ethiopian",
  "fijian",
  "filipino",
  "finnish",
  "flemish",
  "florentine",
  "formosan",
  "french",
  "frisian",
  "gabonese",
  "galilaean",
  "galilean",
  "gallic",
  "galwegian",
  "gambian",
  "genoese",
  "genovese",
  "georgian",
  "german",
  "ghanaian",
  "ghanese",
  "ghanian",
  "gibraltarian",
  "glaswegian",
  "grecian",
  "greek",
  "grenadian",
  "guatemalan",
  "guinean",
  "guyanese",
  "haitian",
  "hawaiian",
  "hebridean",
  "hellenic",
  "hindustani",
  "hispaniolan",
  "honduran",
  "hungarian",
  "iberian",
  "icelandic",
  "indian",
  "indonesian",
  "ionian",
  "ionic",
  "iraki",
  "iranian",
  "iraqi",
  "irish",
  "israeli",
  "italian",
  "jamaican",
  "japanese",
  "javan",
  "javanese",
  "jordanian",
  "kampuchean",
  "kashmiri",
  "katari",
  "kazakhstani",
  "kenyan",
  "korean",
  "kurdish",
  "kuwaiti",
  "kyrgyzstani",
  "lancastrian",
  "laotian",
  "latin",
  "latvian",
  "lebanese",
  "levantine",
  "liberian",
  "libyan",
  "liechtensteiner",
  "lithuanian",
  "liverpudlian",
  "lusitanian",
  "luxembourgian",
  "luxemburger",
  "macedonian",
  "madagascan",
  "magyar",
  "malawian",
  "malayan",
  "malaysian",
  "malian",
  "maltese",
  "manchurian",
  "mancunian",
  "manx",
  "maroc",
  "mauritanian",
  "mauritian",
  "melanesian",
  "mexican",
  "middle eastern",
  "milanese",
  "moldovan",
  "monacan",
  "monegasque",
  "mongol",
  "mongolian",
  "mongoloid",
  "moravian",
  "moroccan",
  "mozambican",
  "mycenaean",
  "namibian",
  "nauruan",
  "nazarene",
  "neapolitan",
  "nepalese",
  "nepali",
  "new caledonian",
  "new zealander",
  "nicaean",
  "nicaraguan",
  "nicene",
  "nigerian",
  "nipponese",
  "nordic",
  "norman",
  "norse",
  "north african",
  "north korean",
  "north vietnamese",
  "norwegian",
  "numidian",
  "olympian",
  "olympic",
  "omani",
  "ottoman",
  "oxonian",
  "pakistani",
  "palestinian",
  "panamanian",
  "papuan",
  "paraguayan",
  "parisian",
  "parthian",
  "peloponnesian",
  "persian",
  "peruvian",
  "philippine",
  "philistine",
  "phoenician",
  "polish",
  "polynesian",
  "portuguese",
  "prussian",
  "punic",
  "qatari",
  "quebecois",
  "rhodesian",
  "roman",
  "romanian",
  "romanic",
  "roumanian",
  "ruandan",
  "rumanian",
  "russian",
  "rwandan",
  "sabahan",
  "saharan",
  "salvadoran",
  "salvadorean",
  "samoan",
  "san marinese",
  "sarawakian",
  "sardinian",
  "saudi",
  "scandinavian",
  "scotch",
  "scots",
  "scottish",
  "senegalese",
  "serbian",
  "seychellois",
  "siamese",
  "siberian",
  "sicilian",
  "sierra leonean",
  "singaporean",
  "slovakian",
  "slovenian",
  "somali",
  "somalian",
  "south african",
  "south korean",
  "soviet",
  "spanish",
  "spartan",
  "sri lankan",
  "sudanese",
  "sumatran",
  "sumerian",
  "swazi",
  "swedish",
  "swiss",
  "syrian",
  "tahitian",
  "tai",
  "taiwanese",
  "tajikistani",
  "tanzanian",
  "tasmanian",
  "texan",
  "thai",
  "theban",
  "thracian",
  "tibetan",
  "timorese",
  "tobagonian",
  "togolese",
  "tongan",
  "trinidadian",
  "trojan",
  "tunisian",
  "turkish",
  "turkmen",
  "tuscan",
  "tyrolean",
  "tyrolese",
  "ugandan",
  "ukrainian",
  "uruguayan",
  "uzbekistani",
  "venetian",
  "venezuelan",
  "viennese",
  "vietnamese",
  "washingtonian",
  "welsh",
  "west african",
  "yemeni",
  "yugoslav",
  "yugoslavian",
  "zairean",
  "zairese",
  "zambian",
  "zimbabwean"
]);

// src/extract/groups.ts
var GROUP_NOUNS = /* @__PURE__ */ new Set([
  "consortium",
  "group",
  "partnership",
  "syndicate",
  "alliance",
  "coalition",
  "club",
  "venture",
  // ("Miraval-led banks", "a group of lenders led by ...": firms named by what they do, as one side.)
  "banks",
  "lenders",
  "investors",
  "backers",
  "bidders",
  "buyers"
]);

// src/extract/times.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var OFFSET = { last: -1, previous: -1, yesterday: -1, this: 0, today: 0, next: 1, tomorrow: 1 };
var COUNT = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
var QUARTER = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
var unitOf = (word) => word.toLowerCase();
var yearOf = (word) => word ? { year: Number(word) } : {};
var MONTH_LEAD = /\b(?:in|on|of|since|early|late|mid|last|this|next|until|by|from)[\s-]$/i;
var TIME_RULES = [
  {
    name: "month",
    example: "in March 2024",
    value: { year: 2024, month: 3 },
    reason: "a named month, with its day and year when written",
    pattern: /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d))?/g,
    read: (m, text) => {
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      if (m[1] === "May" && m[0].trim() === "May" && !MONTH_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      return { month, ...yearOf(m[2]) };
    }
  },
  {
    name: "quarter",
    example: "in the first quarter",
    value: { month: 1 },
    reason: "a named quarter of the year, dated by its first month",
    pattern: /\b(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter|Q([1-4]))\b(?:\s(?:of\s)?((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d))?/gi,
    read: (m) => ({ month: (QUARTER[(m[1] ?? m[2]).toLowerCase()] - 1) * 3 + 1, ...yearOf(m[3]) })
  },
  {
    name: "within-this",
    example: "earlier this year",
    value: { relative: { unit: "year", offset: 0 } },
    reason: "a time before or after now, inside the current year or month",
    pattern: /\b(?:earlier|later)\s(?:this|in\sthe)\s(year|month)\b/gi,
    read: (m) => ({ relative: { unit: unitOf(m[1]), offset: 0 } })
  },
  {
    name: "relative-period",
    example: "last year",
    value: { relative: { unit: "year", offset: -1 } },
    reason: "a period counted from when the text was written",
    pattern: /\b(last|previous|this|next)\s(year|quarter|month|week)\b/gi,
    // "in the last year" is the twelve months up to now, no dated period.
    read: (m, text) => /\bthe\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) ? null : { relative: { unit: unitOf(m[2]), offset: OFFSET[m[1].toLowerCase()] ?? -1 } }
  },
  {
    name: "ago",
    example: "two years ago",
    value: { relative: { unit: "year", offset: -2 } },
    reason: "periods counted back from when the text was written",
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(year|month|week)s?\sago\b/gi,
    read: (m) => ({ relative: { unit: unitOf(m[2]), offset: -(COUNT[m[1].toLowerCase()] ?? Number(m[1])) } })
  },
  {
    name: "day-word",
    example: "today",
    value: { relative: { unit: "day", offset: 0 } },
    reason: "the day the text was written, or the one before or after",
    pattern: /\b(today|yesterday|tomorrow)\b/gi,
    read: (m) => ({ relative: { unit: "day", offset: OFFSET[m[1].toLowerCase()] } })
  },
  {
    name: "year",
    example: "in 2019",
    value: { year: 2019 },
    reason: "a calendar year written out",
    pattern: /\b((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d)/g,
    read: (m) => ({ year: Number(m[1]) })
  }
];
var NOT_A_DATE = /\b(?:since|by|through|thru|until|till|from|to|before|after|between|for|than|beyond|starting|ending|past|and|or)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$/i;
function findTimes(text) {
  const found = [];
  const taken = (start, end) => found.some((f) => start < f.end && f.start < end);
  for (const rule of TIME_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].trimEnd().replace(/[.,]$/, "").length;
      if (taken(start, end)) continue;
      const value = rule.read(m, text);
      if (!value) continue;
      found.push({ start, end, text: text.slice(start, end), value, rule: rule.name });
    }
  }
  return found.filter((f) => !NOT_A_DATE.test(text.slice(Math.max(0, f.start - 24), f.start))).sort((a, b) => a.start - b.start);
}

// src/extract/time-places.ts
var DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*){0,3},/u;
var DATELINE_DASH = /\s[-\u2013\u2014]{1,2}\s|[\u2013\u2014]/;
function datelineEnd(text) {
  if (!DATELINE_PLACE.test(text)) return 0;
  const dash = DATELINE_DASH.exec(text.slice(0, 80));
  return dash ? dash.index + dash[0].length : 0;
}
var OPENING = /^(?:[A-Za-z]+,\s+)?(?:(?:back|and|but|also|only|then)\s+)?(?:(?:back\s+)?in\s+|during\s+|on\s+)?$/i;
function openingTime(text, times = findTimes(text)) {
  const from = datelineEnd(text);
  const first = times.find((t) => t.start >= from);
  if (!first) return void 0;
  return OPENING.test(text.slice(from, first.start)) && /^\s*[,:]?\s+/.test(text.slice(first.end)) ? first : void 0;
}

// src/extract/decorations.ts
var ALL_CAPS = /^\p{Lu}[\p{Lu}.&'-]*[\p{Lu}.]$/u;
var isSeparatingDash = (post) => /[\u2013\u2014\u2015]/.test(post) || /^[)\]]?\s+-+\s*$|^[)\]]?\s*-+\s+$/.test(post);
function closing(tokens, open) {
  for (let k = open; k < Math.min(tokens.length, open + 8); k++) if (tokens[k].post.includes(")")) return k;
  return -1;
}
var isExchange = (token) => STOCK_EXCHANGES.has(token.text.replace(/[:;,]$/, "").toUpperCase());
function dateline(sentence, d) {
  const { tokens } = sentence;
  if (sentence.index !== 0 || tokens.length < 3 || !ALL_CAPS.test(tokens[0].text.replace(/,$/, ""))) return;
  for (let k = 0; k < Math.min(tokens.length - 1, 10); k++) {
    if (isSeparatingDash(tokens[k].post) || /^[-\u2010-\u2015\u2212]+$/.test(tokens[k + 1]?.text ?? "x")) {
      for (let j = 0; j <= k; j++) d.skip.add(j);
      return;
    }
  }
}
function locationPrefix(sentence, d) {
  const { tokens } = sentence;
  if (sentence.index !== 0) return;
  for (let k = 0; k < Math.min(tokens.length - 1, 3); k++) {
    const words = tokens.slice(0, k + 1);
    const place = words.some((t) => t.tags.has("Place")) || isPlaceName(words.map((t) => t.norm.replace(/:$/, "")).join(" "));
    if (!/^[A-Z]/.test(tokens[k].text) || !place) continue;
    if (tokens[k].post.trim().startsWith(":")) {
      for (let j = 0; j <= k; j++) d.skip.add(j);
      return;
    }
  }
}
function tickers(sentence, d) {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!t.pre.includes("(")) return;
    const end = closing(tokens, k);
    if (end < 0) return;
    const inside = tokens.slice(k, end + 1);
    const coded = inside.some((x, i) => /:\s*$/.test(x.post) && /^[A-Z0-9][A-Z0-9.-]{0,9}\)?$/.test(inside[i + 1]?.text ?? ""));
    const terminal = /^[A-Z0-9][A-Z0-9.]{0,7}$/.test(inside[0].text.replace(/^\(/, "")) && /^[A-Z]{2}[;,:)]*$/.test(inside[1]?.text ?? "") && /^\s+$/.test(inside[0].post);
    if (inside.some(isExchange) || coded || terminal || /^[A-Z]+:[A-Z.]+$/.test(t.text.replace(/\)$/, ""))) for (let j = k; j <= end; j++) d.skip.add(j);
  });
}
function definedAcronyms(sentence, d) {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (k === 0 || !t.pre.includes("(") || !t.post.includes(")") || d.skip.has(k)) return;
    const word = t.text.replace(/[()]/g, "");
    if (!/^[A-Z][A-Z0-9&]{1,7}$/.test(word) || !/^[A-Z]/.test(tokens[k - 1].text)) return;
    d.skip.add(k);
    d.acronyms.push({ acronym: word, nameEnd: k - 1 });
  });
}
function openingTimeWords(sentence, d) {
  const { tokens } = sentence;
  const first = tokens.findIndex((_, k) => !d.skip.has(k));
  if (first < 0) return;
  const base = tokens[first].start;
  let text = "";
  for (const t of tokens.slice(first, first + 8)) text += " ".repeat(Math.max(0, t.start - base - text.length)) + t.text;
  const time = openingTime(text);
  if (!time) return;
  tokens.forEach((t, k) => {
    if (k >= first && t.start - base < time.end) d.skip.add(k);
  });
}
var DECORATION_RULES = [
  { name: "dateline", example: "S\xC3O PAULO, May 4 (Wire) - Halvard agreed to buy Tern.", marks: ["S\xC3O", "PAULO", "May", "4", "Wire"], reason: "a wire dateline names where and when, never a party", apply: dateline },
  { name: "location-prefix", example: "Brazil: Petrona will supply Tern.", marks: ["Brazil"], reason: "a place set before a colon labels the story", apply: locationPrefix },
  { name: "ticker", example: "Stratus Energy (NYSE: SEP) will buy Tern.", marks: ["NYSE", "SEP"], reason: "an exchange and ticker decorate the name before them", apply: tickers },
  { name: "opening-time", example: "Back in 2019, Ashcombe Rail agreed to buy 25 trains from Kagura.", marks: ["Back", "in", "2019"], reason: "a time that opens the sentence says when, never who", apply: openingTimeWords },
  { name: "defined-acronym", example: "Warrick Brothers Media (WBM) will sell Fablewood.", marks: ["WBM"], reason: "the acronym is another name for the party before it", apply: definedAcronyms }
];
function decorate(sentence) {
  const decorations = { skip: /* @__PURE__ */ new Set(), acronyms: [] };
  for (const rule of DECORATION_RULES) rule.apply(sentence, decorations);
  return decorations;
}

// src/lexicon/action-words-wordnet.ts
var SOLD = { equity: "reverse", company: "reverse" };
var WORDNET_ACTION_WORDS = [
  // supply or sale: the actor sells or provides
  { lemma: "resell", synset: "resell.v.01", frame: "sale", direction: "forward", pos: "verb", forms: ["resells", "resold", "reselling"], byObject: SOLD, example: "Pellion will resell the servers to Dunmore Logistics" },
  { lemma: "export", synset: "export.v.01", frame: "supply", direction: "forward", pos: "verb", markers: ["to"], example: "Ostrava Mining exports copper to Kestrel Metals" },
  { lemma: "furnish", synset: "supply.v.01", frame: "supply", direction: "forward", pos: "verb", markers: ["to", "object"], example: "Corvel Systems will furnish Dunmore Logistics with scanners" },
  { lemma: "divest", synset: "divest.v.03", frame: "sale", direction: "forward", pos: "verb", byObject: SOLD, needs: ["to"], example: "Halvard divested its freight arm to Dunmore Logistics" },
  { lemma: "offload", synset: "unload.v.02", frame: "sale", direction: "forward", pos: "verb", byObject: SOLD, needs: ["to"], example: "Brightwater offloaded 40 tankers to Marlow Shipping" },
  { lemma: "outsource", synset: "outsource.v.01", frame: "supply", direction: "reverse", pos: "verb", markers: ["to"], example: "Kestrel Foods outsourced its warehousing to Dunmore Logistics" },
  { lemma: "sale", synset: "sale.n.01", frame: "sale", direction: "forward", pos: "noun", forms: ["sale"], needs: ["to"], markers: ["to"], byObject: SOLD, example: "Halvard's sale of its depot to Dunmore Logistics" },
  { lemma: "supply", synset: "provision.n.02", frame: "supply", direction: "forward", pos: "noun", forms: ["supply"], needs: ["to"], markers: ["to"], example: "Ostrava Mining's supply of nickel to Kestrel Metals" },
  { lemma: "delivery", synset: "delivery.n.01", frame: "supply", direction: "forward", pos: "noun", forms: ["delivery", "deliveries"], markers: ["to"], example: "Aerona's delivery of 12 jets to Marlow Air" },
  { lemma: "divestiture", synset: "divestiture.n.02", frame: "sale", direction: "forward", pos: "noun", forms: ["divestiture", "divestitures", "divestment", "disinvestment"], needs: ["to"], markers: ["to"], example: "Halvard's divestiture of its ferry unit to Dunmore Logistics" },
  // lease and licence: the actor lets or licenses out; "from" turns it round
  { lemma: "charter", synset: "rent.v.04", frame: "lease", direction: "forward", pos: "verb", fromReverses: true, example: "Marlow Air chartered two freighters from Dunmore Logistics" },
  { lemma: "sublease", synset: "sublet.v.01", frame: "lease", direction: "forward", pos: "verb", fromReverses: true, example: "Kestrel Foods subleased the warehouse to Pellion" },
  { lemma: "sublet", synset: "sublet.v.01", frame: "lease", direction: "forward", pos: "verb", forms: ["sublets", "subletting"], fromReverses: true, example: "Kestrel Foods will sublet two floors to Pellion" },
  { lemma: "rental", synset: "lease.n.01", frame: "lease", direction: "forward", pos: "noun", forms: ["rental", "rentals"], fromReverses: true, example: "Kestrel's rental of cranes from Dunmore Logistics" },
  { lemma: "sublease", synset: "sublease.n.01", frame: "lease", direction: "forward", pos: "noun", forms: ["sublease", "subleases"], fromReverses: true, example: "Pellion's sublease from Kestrel Foods" },
  { lemma: "licence", synset: "license.v.01", frame: "licence", direction: "forward", pos: "verb", forms: ["licences", "licenced", "licencing"], fromReverses: true, example: "Quillon Pharma licenced the compound to Berrow Bio" },
  { lemma: "license", synset: "license.n.01", frame: "licence", direction: "forward", pos: "noun", forms: ["license", "licenses", "licence", "licences"], fromReverses: true, markers: ["to"], example: "Berrow Bio's licence from Quillon Pharma" },
  // order and purchase: the actor buys
  { lemma: "commission", synset: "commission.v.02", frame: "order", direction: "reverse", pos: "verb", markers: ["object", "from"], example: "Kestrel Foods commissioned Dunmore Logistics to build a depot" },
  { lemma: "purchase", synset: "purchase.n.01", frame: "order", direction: "reverse", pos: "noun", forms: ["purchase", "purchases"], needs: ["from", "of"], markers: ["from"], byObject: { equity: "forward", company: "forward" }, example: "Marlow Air's purchase of 30 jets from Aerona" },
  { lemma: "procurement", synset: "procurement.n.01", frame: "order", direction: "reverse", pos: "noun", forms: ["procurement", "procurements"], needs: ["from"], markers: ["from"], example: "the Navy's procurement of 12 drones from Corvel Systems" },
  { lemma: "offtake", synset: null, frame: "order", direction: "reverse", pos: "noun", forms: ["offtake", "offtakes"], markers: ["from", "with"], example: "Kestrel's offtake from Ostrava Mining" },
  // loan and credit: the actor lends; "from" names the lender of a loan
  { lemma: "lend", synset: "lend.v.02", frame: "loan", direction: "forward", pos: "verb", forms: ["lends", "lent", "lending"], markers: ["to", "object"], example: "Rovena Bank lent $300 million to Kestrel Foods" },
  { lemma: "loan", synset: "lend.v.02", frame: "loan", direction: "forward", pos: "verb", markers: ["to", "object"], example: "Rovena Bank loaned Kestrel Foods $300 million" },
  { lemma: "loan", synset: "loan.n.01", frame: "loan", direction: "forward", pos: "noun", forms: ["loan", "loans"], fromReverses: true, markers: ["to"], example: "Kestrel Foods took a $300 million loan from Rovena Bank" },
  { lemma: "borrow", synset: "borrow.v.01", frame: "loan", direction: "reverse", pos: "verb", needs: ["from"], markers: ["from"], example: "Kestrel Foods borrowed $300 million from Rovena Bank" },
  { lemma: "finance", synset: "finance.v.01", frame: "loan", direction: "forward", pos: "verb", example: "Halvard Capital will finance Dunmore Logistics" },
  { lemma: "underwrite", synset: "underwrite.v.01", frame: "loan", direction: "forward", pos: "verb", forms: ["underwrites", "underwrote", "underwritten", "underwriting"], markers: ["object", "for"], example: "Rovena Bank underwrote Pellion with a $90 million guarantee" },
  { lemma: "bankroll", synset: "bankroll.v.01", frame: "investment", direction: "forward", pos: "verb", example: "Halvard Capital bankrolled Pellion" },
  // grants and subsidies: the actor gives money
  { lemma: "grant", synset: "award.v.02", frame: "grant", direction: "forward", pos: "verb", markers: ["to", "object"], example: "the Energy Ministry granted $40 million to Brightwater" },
  { lemma: "subsidize", synset: "subsidize.v.01", frame: "grant", direction: "forward", pos: "verb", forms: ["subsidize", "subsidizes", "subsidized", "subsidizing", "subsidise", "subsidises", "subsidised", "subsidising"], example: "the Energy Ministry will subsidize Brightwater" },
  { lemma: "grant", synset: "grant.n.01", frame: "grant", direction: "forward", pos: "noun", forms: ["grant", "grants"], fromReverses: true, needs: ["to", "from"], markers: ["to"], example: "Brightwater won a $40 million grant from the Energy Ministry" },
  { lemma: "subsidy", synset: "subsidy.n.01", frame: "grant", direction: "forward", pos: "noun", forms: ["subsidy", "subsidies", "subvention", "subventions"], fromReverses: true, needs: ["to", "from"], markers: ["to", "for"], example: "the Energy Ministry's subsidy to Brightwater" },
  // takeovers and mergers
  { lemma: "snap", synset: "snap_up.v.01", frame: "acquisition", direction: "forward", pos: "verb", forms: ["snaps", "snapped", "snapping"], needs: ["up"], example: "Halvard Capital snapped up Pellion" },
  { lemma: "merge", synset: "unite.v.06", frame: "merger", direction: "none", pos: "verb", markers: ["with", "into", "object"], example: "Dunmore Logistics will merge with Kestrel Freight" },
  { lemma: "amalgamate", synset: "mix.v.05", frame: "merger", direction: "none", pos: "verb", markers: ["with", "into", "object"], example: "Dunmore Logistics amalgamated with Kestrel Freight" },
  // partnerships
  { lemma: "cooperate", synset: "collaborate.v.01", frame: "partnership", direction: "none", pos: "verb", forms: ["cooperate", "cooperates", "cooperated", "cooperating", "co-operate", "co-operates", "co-operated", "co-operating"], example: "Pellion will cooperate with Corvel Systems" },
  { lemma: "ally", synset: "ally.v.01", frame: "partnership", direction: "none", pos: "verb", forms: ["allies", "allied", "allying"], needs: ["with"], example: "Pellion allied with Corvel Systems" },
  { lemma: "join", synset: "collaborate.v.01", frame: "partnership", direction: "none", pos: "verb", needs: ["forces"], markers: ["with"], example: "Pellion joined forces with Corvel Systems" },
  { lemma: "cooperation", synset: "cooperation.n.02", frame: "partnership", direction: "none", pos: "noun", forms: ["cooperation", "co-operation"], example: "Pellion's cooperation with Corvel Systems" },
  // sponsorship: the sponsor pays, the sponsored side gives its name or its shirts
  { lemma: "sponsor", synset: "sponsor.v.01", frame: "sponsorship", direction: "reverse", pos: "verb", markers: ["object"], example: "Kestrel Foods sponsors Halden United" },
  { lemma: "sponsorship", synset: "sponsorship.n.01", frame: "sponsorship", direction: "reverse", pos: "noun", forms: ["sponsorship", "sponsorships"], markers: ["of", "with", "object"], example: "Kestrel's sponsorship of Halden United" },
  // closing a deal of any kind: which way it runs comes from the deal's own words
  { lemma: "ink", synset: "ink.v.01", frame: "deal", direction: "none", pos: "verb", markers: ["with", "object"], example: "Pellion inks Corvel Systems" },
  { lemma: "clinch", synset: "clinch.v.06", frame: "deal", direction: "none", pos: "verb", needs: ["with"], example: "Pellion clinched terms with Corvel Systems" },
  { lemma: "seal", synset: "seal.v.03", frame: "deal", direction: "none", pos: "verb", needs: ["with"], example: "Pellion sealed terms with Corvel Systems" },
  { lemma: "strike", synset: "strike.v.22", frame: "deal", direction: "none", pos: "verb", forms: ["strikes", "struck", "striking"], needs: ["with"], example: "Pellion struck terms with Corvel Systems" },
  { lemma: "contract", synset: "sign.v.04", frame: "deal", direction: "none", pos: "verb", needs: ["with"], markers: ["with"], example: "Kestrel Foods contracted with Dunmore Logistics to haul grain" },
  { lemma: "subcontract", synset: "subcontract.v.02", frame: "supply", direction: "reverse", pos: "verb", needs: ["to"], markers: ["to"], example: "Corvel Systems subcontracted the wiring to Pellion" },
  { lemma: "subcontract", synset: "subcontract.n.01", frame: "deal", direction: "none", pos: "noun", forms: ["subcontract", "subcontracts"], example: "Pellion's subcontract with Corvel Systems" }
];

// src/lexicon/frames.ts
var SUPPLY_MARKERS = { forward: ["to", "for"], reverse: ["from", "with", "on", "for"], none: ["with", "to", "for", "from"] };
var INVEST_MARKERS = { forward: ["in", "into"], reverse: ["from", "to"], none: ["in", "into"] };
var ACQUIRE_MARKERS = { forward: ["of"], reverse: ["to", "by"], none: ["of"] };
var JOINT_MARKERS = { forward: ["with", "between", "to", "for"], reverse: ["with", "between", "to", "for"], none: ["with", "between", "to", "for"] };
var FRAMES = {
  supply: { name: "supply", type: "supply", gives: "supplier", receives: "customer", terms: "a price or a yearly rate, often a term", markers: SUPPLY_MARKERS },
  sale: { name: "sale", type: "supply", gives: "seller", receives: "buyer", terms: "a price", markers: SUPPLY_MARKERS },
  lease: { name: "lease", type: "supply", gives: "lessor", receives: "lessee", terms: "a rent per period and a term", markers: SUPPLY_MARKERS },
  licence: { name: "licence", type: "supply", gives: "licensor", receives: "licensee", terms: "a fee or royalties, often a term", markers: SUPPLY_MARKERS },
  order: { name: "order", type: "supply", gives: "maker", receives: "buyer (the actor of a reverse word)", terms: "a price and a count", markers: SUPPLY_MARKERS },
  loan: { name: "loan", type: "invest", gives: "lender", receives: "borrower", terms: "a principal and a term", markers: INVEST_MARKERS },
  investment: { name: "investment", type: "invest", gives: "investor", receives: "investee", terms: "a sum and a stake", markers: INVEST_MARKERS },
  grant: { name: "grant", type: "invest", gives: "grantor (often a public body)", receives: "grantee", terms: "a sum, often for a purpose", markers: INVEST_MARKERS },
  "funding-round": { name: "funding-round", type: "invest", gives: "investors", receives: "the company raising (the actor of a reverse word)", terms: "the round size", markers: INVEST_MARKERS },
  acquisition: { name: "acquisition", type: "acquire", gives: "buyer", receives: "target", terms: "a price or a premium", markers: ACQUIRE_MARKERS },
  merger: { name: "merger", type: "acquire", gives: "one party", receives: "the other", terms: "a combined value or an exchange ratio", markers: ACQUIRE_MARKERS },
  partnership: { name: "partnership", type: "partner", gives: "one partner", receives: "the other", terms: "a commitment, often a term", markers: JOINT_MARKERS },
  sponsorship: { name: "sponsorship", type: "supply", gives: "the sponsored side", receives: "the sponsor (the actor of a reverse word)", terms: "a yearly fee and a term", markers: SUPPLY_MARKERS },
  deal: { name: "deal", type: "deal", gives: "one side", receives: "the other", terms: "whatever the sentence states", markers: JOINT_MARKERS }
};

// src/lexicon/actions.ts
var ACTION_WORD_ENTRIES = [
  // one side provides goods, compute or a service to the other
  { lemma: "provide", frame: "supply", direction: "forward", pos: "verb", example: "SpaceX provides compute to Anthropic" },
  { lemma: "supply", frame: "supply", direction: "forward", pos: "verb", forms: ["supplies", "supplied", "supplying"], example: "AMD will supply OpenAI with chips" },
  { lemma: "lease", frame: "lease", direction: "forward", pos: "verb", fromReverses: true, example: "SpaceX is leasing Colossus to Anthropic" },
  { lemma: "rent", frame: "lease", direction: "forward", pos: "verb", fromReverses: true, example: "xAI is renting Colossus to Anthropic" },
  { lemma: "license", frame: "licence", direction: "forward", pos: "verb", fromReverses: true, example: "Pfizer licensed the drug to BioNTech" },
  { lemma: "serve", frame: "supply", direction: "forward", pos: "verb", example: "Oracle is leveraging its infrastructure to serve Anthropic" },
  { lemma: "hand", frame: "supply", direction: "forward", pos: "verb", needs: ["to", "over"], example: "SpaceX handed Colossus to Anthropic" },
  { lemma: "manufacture", frame: "supply", direction: "forward", pos: "verb", markers: ["for", "object"], example: "Lonza will manufacture Vertex's cell therapy" },
  { lemma: "produce", frame: "supply", direction: "forward", pos: "verb", markers: ["for", "object"], example: "TSMC will produce Apple's chips" },
  { lemma: "fabricate", frame: "supply", direction: "forward", pos: "verb", markers: ["for", "object"], example: "Intel will fabricate chips for Microsoft" },
  { lemma: "award", frame: "licence", direction: "forward", pos: "verb", markers: ["to"], example: "FIFA awarded the rights to Fox Sports" },
  { lemma: "renew", frame: "deal", direction: "none", pos: "verb", example: "Sky renewed its contract with the league" },
  { lemma: "deliver", frame: "supply", direction: "forward", pos: "verb", example: "Boeing will deliver 40 jets to Emirates" },
  { lemma: "host", frame: "supply", direction: "forward", pos: "verb", example: "Oracle will host OpenAI models" },
  { lemma: "ship", frame: "supply", direction: "forward", pos: "verb", forms: ["ships", "shipped", "shipping"], example: "Nvidia shipped 20,000 GPUs to xAI" },
  { lemma: "build", frame: "supply", direction: "forward", pos: "verb", forms: ["builds", "built", "building"], needs: ["for"], example: "Broadcom is building chips for OpenAI" },
  { lemma: "sell", frame: "sale", direction: "forward", pos: "verb", forms: ["sells", "sold", "selling"], byObject: { equity: "reverse", company: "reverse" }, example: "Intel sold a $5bn stake to Nvidia" },
  // the other end: one side uses, buys or pays for what the other provides
  { lemma: "use", frame: "supply", direction: "reverse", pos: "verb", markers: ["from", "object"], example: "a deal for Anthropic to use SpaceX's data centers" },
  { lemma: "pay", frame: "supply", direction: "reverse", pos: "verb", forms: ["pays", "paid", "paying"], markers: ["object", "to"], byObject: { equity: "forward" }, unless: ["down", "off", "back", "out"], example: "Anthropic is paying SpaceX $45 billion" },
  { lemma: "commit", frame: "supply", direction: "reverse", pos: "verb", forms: ["commits", "committed", "committing"], markers: ["to", "on", "with"], example: "Anthropic committed $45 billion to run on SpaceX's clusters" },
  { lemma: "spend", frame: "supply", direction: "reverse", pos: "verb", forms: ["spends", "spent", "spending"], markers: ["on", "with"], example: "Meta will spend $10 billion on Google Cloud" },
  { lemma: "buy", frame: "sale", direction: "reverse", pos: "verb", forms: ["buys", "bought", "buying"], byObject: { equity: "forward", company: "forward" }, example: "Nvidia is buying $5 billion of Intel stock" },
  { lemma: "purchase", frame: "sale", direction: "reverse", pos: "verb", byObject: { equity: "forward", company: "forward" }, example: "Delta purchased 30 jets from Airbus" },
  { lemma: "order", frame: "order", direction: "reverse", pos: "verb", example: "Emirates ordered 65 jets from Boeing" },
  { lemma: "procure", frame: "order", direction: "reverse", pos: "verb", example: "the Army procured drones from Anduril" },
  { lemma: "tap", frame: "supply", direction: "reverse", pos: "verb", forms: ["taps", "tapped", "tapping"], example: "Meta tapped Google Cloud for capacity" },
  // equity
  { lemma: "invest", frame: "investment", direction: "forward", pos: "verb", example: "Nvidia invested $2 billion in Intel" },
  { lemma: "fund", frame: "investment", direction: "forward", pos: "verb", example: "SoftBank will fund OpenAI" },
  { lemma: "back", frame: "investment", direction: "forward", pos: "verb", forms: ["backs", "backed", "backing"], needs: ["with"], example: "Amazon backed Anthropic with $4 billion" },
  { lemma: "put", frame: "investment", direction: "forward", pos: "verb", forms: ["puts", "putting"], needs: ["into", "in"], markers: ["into", "in"], example: "Masdar has put $4 billion into Terna Energy" },
  { lemma: "pour", frame: "investment", direction: "forward", pos: "verb", needs: ["into", "in"], markers: ["into", "in"], example: "SoftBank poured $30 billion into OpenAI" },
  { lemma: "take", frame: "investment", direction: "forward", pos: "verb", forms: ["takes", "took", "taken", "taking"], needs: ["%", "percent"], example: "Corvel Capital takes 7% of Pellion for $500m" },
  { lemma: "inject", frame: "investment", direction: "forward", pos: "verb", markers: ["into", "in"], example: "Masdar injected $2 billion into Terna" },
  // ("raised $60m in a round led by Fjellgard": the round's leader is the other side.)
  { lemma: "raise", frame: "funding-round", direction: "reverse", pos: "verb", needs: ["from", "led"], markers: ["from", "by"], example: "Anthropic raised $13 billion from investors" },
  // takeovers
  { lemma: "acquire", frame: "acquisition", direction: "forward", pos: "verb", byObject: { equity: "forward", company: "forward" }, example: "Salesforce acquired Slack" },
  { lemma: "absorb", frame: "acquisition", direction: "forward", pos: "verb", example: "SpaceX absorbed xAI" },
  // joint undertakings
  { lemma: "partner", frame: "partnership", direction: "none", pos: "verb", example: "Nvidia partnered with Intel" },
  { lemma: "collaborate", frame: "partnership", direction: "none", pos: "verb", example: "Moderna collaborates with Merck" },
  { lemma: "co-develop", frame: "partnership", direction: "none", pos: "verb", forms: ["co-develop", "co-develops", "co-developed", "co-developing", "codevelop", "codevelops", "codeveloped", "codeveloping"], example: "Intel and Nvidia will co-develop chips" },
  { lemma: "team", frame: "partnership", direction: "none", pos: "verb", forms: ["teamed", "teaming"], needs: ["with"], example: "Apple teamed up with Google" },
  { lemma: "deploy", frame: "deal", direction: "none", pos: "verb", example: "OpenAI and Broadcom will deploy 10 gigawatts" },
  // converse verbs: who gives depends on what is won ("won an order from" supplies, "secured a loan from" receives),
  // so they name the pair and leave the kind to the deal they join
  { lemma: "win", frame: "deal", direction: "none", pos: "verb", forms: ["wins", "won", "winning"], needs: ["from", "with"], markers: ["from", "with"], example: "Kestrel Systems won a contract from Orbis Broadband" },
  { lemma: "land", frame: "deal", direction: "none", pos: "verb", forms: ["lands", "landed", "landing"], markers: ["from", "with", "object"], example: "Halvard Marine landed a tanker contract from Osprey Shipping" },
  { lemma: "secure", frame: "deal", direction: "none", pos: "verb", forms: ["secures", "secured", "securing"], needs: ["from", "with"], markers: ["from", "with"], example: "Crestline Storage secured a loan from Tavira Bank" },
  { lemma: "book", frame: "deal", direction: "none", pos: "verb", forms: ["books", "booked", "booking"], needs: ["with", "from"], markers: ["with", "from"], example: "Orbis Broadband booked 12 launches with Kestrel Systems" },
  // ("receives $85 million from X": the converse of "X pays": the receiver gives what is paid for.)
  { lemma: "receive", frame: "supply", direction: "forward", pos: "verb", forms: ["receives", "received", "receiving"], needs: ["from"], needsMoney: true, markers: ["from"], example: "Veradyne received $85 million from Hoshimura Pharma" },
  { lemma: "obtain", frame: "deal", direction: "none", pos: "verb", forms: ["obtains", "obtained", "obtaining"], needs: ["from"], markers: ["from"], example: "Tercena obtained a credit line from Banco Miraval" },
  // nominal forms
  { lemma: "deal", frame: "deal", direction: "none", pos: "noun", forms: ["deal", "deals"], example: "Anthropic's deal with SpaceX" },
  { lemma: "agreement", frame: "deal", direction: "none", pos: "noun", forms: ["agreement", "agreements"], example: "OpenAI's agreement with AMD" },
  { lemma: "contract", frame: "deal", direction: "none", pos: "noun", forms: ["contract", "contracts"], example: "Raytheon signed a contract with Lockheed" },
  { lemma: "pact", frame: "deal", direction: "none", pos: "noun", forms: ["pact", "pacts"], example: "Oracle's pact with OpenAI" },
  { lemma: "mou", frame: "deal", direction: "none", pos: "noun", forms: ["mou", "mous", "memorandum", "loi"], example: "Tavira Steel's MoU with the Gujarat government" },
  { lemma: "arrangement", frame: "deal", direction: "none", pos: "noun", forms: ["arrangement"], example: "OpenAI has an arrangement with Microsoft" },
  { lemma: "ppa", frame: "supply", direction: "none", pos: "noun", forms: ["ppa", "ppas"], example: "Amazon's PPA with Iberdrola" },
  { lemma: "package", frame: "deal", direction: "none", pos: "noun", forms: ["package", "packages"], example: "the NBA's package with Amazon" },
  { lemma: "rights", frame: "licence", direction: "reverse", pos: "noun", forms: ["rights"], markers: ["from", "with", "object"], example: "Netflix won the US rights from FIFA" },
  { lemma: "program", frame: "deal", direction: "none", pos: "noun", forms: ["program", "programme"], example: "OpenAI's chip program with Broadcom" },
  // finance news says "disposal" for a sale of a unit; WordNet's senses of it are of waste and of having at hand
  { lemma: "disposal", frame: "sale", direction: "forward", pos: "noun", forms: ["disposal", "disposals"], needs: ["to"], markers: ["to"], byObject: { equity: "reverse", company: "reverse" }, example: "Halvard's disposal of its ferry arm to Dunmore Logistics" },
  { lemma: "lease", frame: "lease", direction: "forward", pos: "noun", forms: ["lease", "leases"], example: "SpaceX's Colossus lease to Anthropic" },
  // ("fixed four carriers on seven-year time charters with Qasr": a ship's or plane's hire.)
  { lemma: "charter", frame: "lease", direction: "forward", pos: "noun", forms: ["charter", "charters"], fromReverses: true, markers: ["with", "to"], example: "Aegeon Maritime's seven-year charters with Qasr Energy" },
  { lemma: "order", frame: "order", direction: "reverse", pos: "noun", forms: ["order", "orders"], markers: ["with", "from", "for"], example: "Emirates placed an order with Airbus" },
  { lemma: "access", frame: "supply", direction: "reverse", pos: "noun", forms: ["access"], markers: ["from"], example: "Anthropic will get access to a million TPUs from Google Cloud" },
  { lemma: "payment", frame: "supply", direction: "reverse", pos: "noun", forms: ["payment", "payments"], markers: ["to"], example: "Anthropic's payments to SpaceX" },
  // ("the CHF 500m upfront from Heller": a licensor's first payment, named by the licensee it comes from.)
  { lemma: "upfront", frame: "licence", direction: "forward", pos: "noun", forms: ["upfront"], needs: ["from"], markers: ["from"], example: "Oakvale's CHF 500m upfront from Heller Biopharma" },
  { lemma: "partnership", frame: "partnership", direction: "none", pos: "noun", forms: ["partnership", "partnerships", "collaboration", "alliance", "tie-up", "venture"], example: "Nvidia's partnership with Intel" },
  { lemma: "investment", frame: "investment", direction: "forward", pos: "noun", forms: ["investment", "investments", "stake", "stakes", "injection", "injections", "infusion"], example: "Microsoft's stake in OpenAI" },
  // ("the acquisition of a 51% shareholding in Pellion" is a stake bought: an investment.)
  { lemma: "acquisition", frame: "acquisition", direction: "forward", pos: "noun", forms: ["acquisition", "takeover", "buyout"], byObject: { equity: "forward" }, example: "Google's acquisition of Wiz" },
  // ("an all-share merger of equals", "walked away from merger talks with Orsino": two firms become one.)
  { lemma: "merger", frame: "merger", direction: "none", pos: "noun", forms: ["merger", "mergers", "amalgamation"], markers: ["with", "between"], example: "Orsino Cementi's merger with Halvorsen" },
  { lemma: "bid", frame: "acquisition", direction: "forward", pos: "noun", forms: ["bid", "bids", "offer", "offers", "proposal", "proposals"], markers: ["for", "from", "object"], example: "Bayer's offer for Ocuvia" },
  // words chosen by hand from WordNet's candidates for each frame (scripts/lexicon-from-wordnet.mjs)
  ...WORDNET_ACTION_WORDS
];
var ACTION_WORDS = ACTION_WORD_ENTRIES.map((entry) => ({ ...entry, type: FRAMES[entry.frame].type }));
var EQUITY_NOUNS = /* @__PURE__ */ new Set([
  "stake",
  "stakes",
  "stock",
  "stocks",
  "share",
  "shares",
  "equity",
  "warrant",
  "warrants",
  "shareholding",
  "holding",
  "holdings"
]);
var NOMINAL_ACTION_FORMS = new Set(
  ACTION_WORDS.filter((w) => w.pos === "noun").flatMap((w) => [w.lemma, ...w.forms ?? []])
);

// src/extract/actions.ts
function isHeadlineCase(tokens) {
  const words = tokens.filter((t) => /^[A-Za-z]{4,}/.test(t.text));
  return words.length >= 3 && words.filter((t) => /^[A-Z]/.test(t.text)).length >= words.length * 0.7;
}

// src/extract/mentions.ts
var PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];
var NAME_TAGS2 = ["ProperNoun", "Person", "Organization", "Place", "Acronym", ...PERSON_TAGS];
var NOT_SUBJECT_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Adverb", "QuestionWord", "Gerund", "Value"];
var POSSESSIVE_END = /['\u2019]s?$/;
var ORIGIN_SUFFIXES = /* @__PURE__ */ new Set(["based", "area", "made", "built", "born", "run", "held", "grown", "bred"]);
var isOriginSuffix = (word) => ORIGIN_SUFFIXES.has(word) || /[a-z]ed$/.test(word);
var bare = (text) => text.replace(POSSESSIVE_END, "");
var DEFINED_TERMS = /* @__PURE__ */ new Set(["company", "bank", "group", "fund", "issuer", "partnership", "trust", "lender", "borrower", "buyer", "seller", "purchaser", "offeror", "licensee", "licensor"]);
var ORGANS = /* @__PURE__ */ new Set(["board", "directors", "management", "committee"]);
var ROMANCE_OF = /* @__PURE__ */ new Set(["de", "do", "da", "del", "della", "di", "du", "des", "dos", "das"]);
var hasInnerCapital = (word) => /^[a-z0-9]+[A-Z]/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word);
var isCapitalized = (word) => /^[A-Z0-9][A-Za-z0-9&.\-]*[A-Za-z]/.test(word) && /[A-Z]/.test(word);
function capitalizedWords(sentences) {
  const words = /* @__PURE__ */ new Set();
  for (const s of sentences) {
    for (const t of s.tokens) if (t.i > 0 && /^[A-Z]/.test(t.text)) words.add(bare(t.text));
    s.tokens.forEach((t, k) => {
      if (/^[a-z][a-z0-9]{2,}(['\u2019]s)?$/.test(t.text) && inPartySlot(s.tokens, k) && isLowercaseBrand(t)) words.add(bare(t.text));
    });
  }
  return words;
}
function inPartySlot(tokens, k) {
  const prev = tokens[k - 1];
  if (!prev || /\s[-\u2013\u2014]+\s*$/.test(prev.post)) return true;
  const next = tokens[k + 1];
  const ends = !next || /[,.;:)\u2013\u2014]/.test(tokens[k].post) || next.tags.has("Preposition") || next.tags.has("Verb") || next.tags.has("Value") || next.text.startsWith("$");
  const progressive = /ing$/.test(prev.norm) && /^(is|are|was|were|been|be)$/.test(tokens[k - 2]?.norm ?? "") && tokens[k - 2].text !== "";
  const finiteVerb = prev.tags.has("Verb") && !prev.tags.has("Copula") && (!prev.tags.has("Gerund") && !/ing$/.test(prev.norm) || progressive);
  const described = COMPANY_NOUNS.has(prev.norm) && /^[a-z]/.test(prev.text) && next !== void 0 && next.tags.has("Verb");
  return (/^(from|by|to|with|and)$/.test(prev.norm) || finiteVerb || described) && ends;
}
var ENGLISH_ENDING = /(tion|sion|ment|ness|ity|ing|ed|ers?|al|ive|ous|ics|ure|ance|ence|ism|ist|ship|age|ly|ue|ies|es|s)$/;
var FUNCTION_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Adverb", "QuestionWord", "Verb", "Adjective", "Value", "Date"];
function isLowercaseBrand(token) {
  const word = bare(token.norm);
  return !isCommonWord(word) && !ENGLISH_ENDING.test(word) && !FUNCTION_TAGS.some((tag) => token.tags.has(tag)) && !NOT_A_NAME.has(word) && !ORGANIZATION_WORDS.has(word) && !GROUP_NOUNS.has(word);
}
function isNameToken(token, next, after, known2) {
  const word = bare(token.text);
  if (token.quoted || word.length === 0 || ["Determiner", "Preposition", "Conjunction"].some((tag) => token.tags.has(tag))) return false;
  if (!isCapitalized(word) && !hasInnerCapital(word) && !(known2.has(word) && /^[a-z]/.test(word))) return false;
  if (NOT_A_NAME.has(word.toLowerCase()) || CURRENCY_NAMES.has(word.toLowerCase())) return false;
  if (ISO_CURRENCY_CODES.has(word) && next !== void 0 && /^[\d.,]+/.test(next.text)) return false;
  if (/^\d+$/.test(word) || token.tags.has("Value") && !hasInnerCapital(word)) return false;
  if (/\d/.test(word) && !/^(\d[A-Z]|[A-Z]\d)$/.test(word)) return false;
  if (token.post === "-" && next !== void 0 && /^\d/.test(next.text) && /^[A-Z]{1,4}$/.test(word)) return false;
  if (token.i > 0) return !token.tags.has("Pronoun") && !(STATEMENT_VERBS.has(token.norm) || TREND_WORDS.has(token.norm));
  if (token.post === "-" && next !== void 0 && /^[a-z]/.test(next.text) && !isOriginSuffix(next.norm)) return false;
  if (hasInnerCapital(word) || /^[A-Z]{2,}$/.test(word) || known2.has(word)) return true;
  if (/,/.test(token.post) && next !== void 0 && /^(which|who|a|an|the|now|once|formerly)$/.test(next.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  if (token.possessive && !token.tags.has("Pronoun") && !token.tags.has("Date")) return true;
  if (NAME_TAGS2.some((tag) => token.tags.has(tag)) && !token.tags.has("Pronoun")) return true;
  const guessedAdverb = token.tags.has("Adverb") && !isCommonWord(token.norm);
  const unlikeName = NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag) && !(tag === "Adverb" && guessedAdverb)) || token.tags.has("Plural");
  if (next && next.pre.includes("(") && RATING_WORDS.has(next.norm.replace(/[;,:)]$/, "")) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  if (next && next.pre.includes("(") && /^[A-Z][A-Z0-9.&]{1,7}\)?$/.test(next.text.replace(/\)[:,]?$/, "")) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  if (next && /^[-\u2013\u2014/]$/.test(token.post) && /^[A-Z]/.test(next.text) && !NOT_A_NAME.has(next.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  const pairedName = (t) => t !== void 0 && /^[A-Z]/.test(t.text) && !NOT_A_NAME.has(t.norm.replace(/['\u2019]s$/, ""));
  if (next && (next.norm === "and" || next.text === "&") && pairedName(after) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  const grammatical = ["Determiner", "Pronoun", "Preposition", "Conjunction", "QuestionWord"].some((tag) => token.tags.has(tag));
  if (next && /^\s+$/.test(token.post) && /^[A-Z]/.test(next.text) && ORGANIZATION_WORDS.has(next.norm) && !grammatical) return true;
  const commonVerb = token.tags.has("Imperative") && isCommonWord(token.norm);
  if (next && /^\s+$/.test(token.post) && /^[A-Z]/.test(next.text) && !unlikeName && !commonVerb && !NOT_A_NAME.has(next.norm)) return true;
  if (next && after && /^\s+$/.test(token.post) && /^[A-Z]/.test(next.text) && LEGAL_SUFFIXES.has(after.text.toLowerCase()) && !grammatical) return true;
  const verbAt = (t) => t !== void 0 && (t.tags.has("Verb") || t.tags.has("Modal")) && (t.norm === "to" || !PREPOSITIONS.has(t.norm));
  const verbFollows = verbAt(next) || next !== void 0 && next.tags.has("Adverb") && verbAt(after);
  return verbFollows && !unlikeName;
}
function personLike(tokens) {
  if (tokens.length > 1 && ORGANIZATION_WORDS.has(bare(tokens[tokens.length - 1].text).toLowerCase())) return false;
  if (tokens.length > 1 && LEGAL_SUFFIXES.has(bare(tokens[tokens.length - 1].text).toLowerCase())) return false;
  if (tokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return true;
  if (tokens.length < 2 || tokens.length > 3) return false;
  return tokens.every((t) => {
    const word = bare(t.text);
    return /^[A-Z][a-z]+(-[A-Z][a-z]+)?$/.test(word) && !ORGANIZATION_WORDS.has(word.toLowerCase()) && !isCommonWord(word.toLowerCase()) && !t.tags.has("Place") && !t.tags.has("Organization") && !t.tags.has("Value");
  });
}
function pronounKind(token) {
  if (PERSONAL_PRONOUNS.has(token.norm)) return "person-pronoun";
  if (NEUTER_PRONOUNS.has(token.norm)) return "neuter-pronoun";
  if (PLURAL_PRONOUNS.has(token.norm)) return "plural-pronoun";
  return null;
}
function continuesName(tokens, at, isName) {
  const token = tokens[at];
  if (token.possessive || /\d/.test(tokens[at + 1]?.text ?? "") || /\d/.test(token.text) && at > 0) return 0;
  if (tokens[at + 1]?.pre.includes("(") || token.post.includes("(")) return 0;
  const post = token.post;
  if (/^\s+$/.test(post) && isName(at + 1)) return 1;
  const suffix = tokens[at + 1];
  if (/^\.?,\s+$/.test(post) && suffix && /^[A-Z]/.test(suffix.text) && LEGAL_SUFFIXES.has(suffix.text.toLowerCase()) && !/^(group|holdings?)$/i.test(suffix.text)) return 1;
  if (post === "-" && isName(at + 1)) {
    const after = tokens[at + 2];
    if (tokens[at + 1].possessive) return 1;
    const noun = after !== void 0 && (after.tags.has("Noun") || after.post === "-" && /^[a-z]/.test(after.text));
    return after && !isName(at + 2) && noun && !after.tags.has("ProperNoun") ? 0 : 1;
  }
  const connector = tokens[at + 1];
  if (/^\s+$/.test(post) && connector && (connector.norm === "of" || connector.text === "&") && isName(at + 2)) {
    return ORGANIZATION_WORDS.has(bare(token.text).toLowerCase()) || connector.text === "&" ? 2 : 0;
  }
  if (/^\s+$/.test(post) && connector && ROMANCE_OF.has(connector.text) && /^\s+$/.test(connector.post) && isName(at + 2) && !token.possessive) return 2;
  return 0;
}
function findMentions(sentence, known2) {
  const { tokens } = sentence;
  const decorations = decorate(sentence);
  const nameAt = tokens.map((t, i) => !decorations.skip.has(i) && pronounKind(t) === null && isNameToken(t, tokens[i + 1], tokens[i + 2], known2));
  tokens.forEach((t, i) => {
    if (!nameAt[i] && i > 0 && nameAt[i - 1] && /^[A-Z]/.test(t.text) && ORGANIZATION_WORDS.has(t.norm) && !t.quoted && /^\s+$/.test(tokens[i - 1].post) && !tokens[i - 1].possessive) nameAt[i] = true;
  });
  const isName = (i) => nameAt[i] === true;
  const mentions = [];
  const make = (first, last, kind) => {
    const run = tokens.slice(first, last + 1);
    const lastToken = run[run.length - 1];
    const name = kind === "name" ? run.map((t, k) => bare(t.text) + (k < run.length - 1 ? t.post.replace(/\s+/g, " ") : "")).join("").trim() : lastToken.norm;
    const end = kind === "name" && lastToken.possessive ? lastToken.end - (lastToken.text.length - bare(lastToken.text).length) : lastToken.end;
    return {
      sentence: sentence.index,
      first,
      last,
      start: run[0].start,
      end,
      name,
      kind,
      possessive: lastToken.possessive || lastToken.norm === "his" || lastToken.norm === "its" || lastToken.norm === "their" || lastToken.norm === "her",
      personLike: kind === "name" ? personLike(run) : kind === "person-pronoun"
    };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const described = tokens[i + 1];
    if (token.norm === "the" && described && !described.possessive && /^\s+$/.test(described.post) && (described.tags.has("Adjective") || described.tags.has("PastTense") || isName(i + 1) || /^[A-Z]/.test(described.text)) && COMPANY_NOUNS.has(bare(tokens[i + 2]?.norm ?? "")) && /^[a-z]/.test(tokens[i + 2].text)) {
      mentions.push(make(i, i + 2, "neuter-pronoun"));
      i += 2;
      continue;
    }
    const term = tokens[i + 1];
    if (token.norm === "the" && term && /^[A-Z][a-z]+$/.test(term.text) && !isName(i + 2)) {
      if (DEFINED_TERMS.has(term.norm) && tokens[i + 2]?.norm !== "of") {
        mentions.push(make(i, i + 1, "neuter-pronoun"));
        i += 1;
        continue;
      }
      if (ORGANS.has(term.norm)) {
        i += 1;
        continue;
      }
    }
    const body = publicBodyAt(tokens, i, mentions);
    if (body) {
      if (body.replaces) mentions.pop();
      const m = make(body.first, i, "name");
      m.rule = "public-body";
      if (body.generic) {
        m.name = "government";
        m.generic = true;
      }
      mentions.push(m);
      continue;
    }
    if (isName(i)) {
      let last = i;
      for (let step = continuesName(tokens, last, isName); step > 0; step = continuesName(tokens, last, isName)) last += step;
      const suffix = tokens[last].post === "-" ? tokens[last + 1]?.norm ?? "" : "";
      const origin = isOriginSuffix(suffix) && suffix !== "owned";
      if (!origin) {
        const m = make(i, last, "name");
        const acronym = decorations.acronyms.find((a) => a.nameEnd === last);
        if (acronym) m.defines = acronym.acronym;
        mentions.push(m);
      }
      i = last;
      continue;
    }
    const pronoun = token.quoted ? null : pronounKind(token);
    if (pronoun) {
      mentions.push(make(i, i, pronoun));
      continue;
    }
    const next = tokens[i + 1];
    if ((token.norm === "the" || token.norm === "both") && next) {
      if (COMPANY_NOUNS.has(bare(next.norm)) && /^[a-z]/.test(next.text)) mentions.push(make(i, i + 1, "neuter-pronoun"));
      else if (next.tags.has("Adjective") && COMPANY_NOUNS.has(tokens[i + 2]?.norm ?? "")) {
        mentions.push(make(i, i + 2, "neuter-pronoun"));
        i += 2;
      } else if (next.norm === "two" && tokens[i + 2] && /^(companies|firms|groups|sides|parties)$/.test(tokens[i + 2].norm)) {
        mentions.push(make(i, i + 2, "plural-pronoun"));
        i += 2;
      } else if (token.norm === "both" && /^(companies|firms|sides)$/.test(next.norm)) mentions.push(make(i, i + 1, "plural-pronoun"));
    }
  }
  const headlineCase = isHeadlineCase(tokens);
  return mentions.filter((m) => !isCommentator(tokens, m) && !isSite(tokens, m) && !isLabel(tokens, m) && !isOrigin(tokens, m) && !isCommonAbbreviation(tokens, m) && !(headlineCase && onlyCommonWords(tokens, m)) && !isLocation(tokens, m) && !isOutletOrSpeaker(tokens, m));
}
function isLocation(tokens, m) {
  if (m.kind !== "name" || m.possessive || m.rule) return false;
  let k = m.first - 1;
  while (k >= 0 && (/^(the|and|or)$/.test(tokens[k].norm) || /^[A-Z]/.test(tokens[k].text) && tokens[k].tags.has("Place"))) k--;
  const prep = tokens[k]?.norm ?? "";
  if (LOCATIVE_PREPOSITIONS.has(prep) && tokens[k + 1] !== void 0) return true;
  const governed = prep === "of" && /^(city|province|state|county|municipality|town|region|republic|kingdom|government|people)$/.test(tokens[k - 1]?.norm ?? "");
  return PLACE_PREPOSITIONS.has(prep) && !governed && isPlaceName(m.name.toLowerCase().replace(/^the\s+/, ""));
}
function isOutletOrSpeaker(tokens, m) {
  if (m.kind !== "name") return false;
  const last = tokens[m.last];
  if (OUTLET_WORDS.has(bare(last.norm))) return true;
  return m.first === m.last && /^[A-Z]{3,}$/.test(last.text) && /^:/.test(last.post) && isCommonWord(last.norm);
}
function isCommonAbbreviation(tokens, m) {
  if (m.kind !== "name" || m.first !== m.last || m.possessive || m.rule) return false;
  const word = tokens[m.first];
  const next = tokens[m.last + 1];
  return /^[A-Z]{2,5}$/.test(word.text) && isCommonWord(word.norm) && next !== void 0 && /^[a-z]/.test(next.text) && next.tags.has("Noun") && !next.tags.has("Verb") && /^\s+$/.test(word.post);
}
function isOrigin(tokens, m) {
  if (m.kind !== "name" || m.possessive || m.rule) return false;
  const next = tokens[m.last + 1];
  const plural = next !== void 0 && /s$/.test(next.norm) && PREPOSITIONS.has(tokens[m.last + 2]?.norm ?? "");
  if (next === void 0 || !/^[a-z]/.test(next.text) || next.tags.has("Verb") && !plural || !/^\s+$/.test(tokens[m.last].post)) return false;
  const run = tokens.slice(m.first, m.last + 1);
  return run.every((t) => t.tags.has("Demonym")) || PLACE_ADJECTIVES.has(run.map((t) => bare(t.norm)).join(" "));
}
var PUBLIC_QUALIFIERS = /^(uk|us|u\.s\.|u\.k\.|eu|british|american|federal|national|central|state|regional|local|provincial)$/;
function publicBodyAt(tokens, i, before) {
  const token = tokens[i];
  if (!PUBLIC_BODY_NOUNS.has(token.norm) || token.quoted || /-$/.test(token.post)) return null;
  const capital = /^[A-Z]/.test(token.text);
  const prev = tokens[i - 1];
  if (/^ministers$/.test(token.norm) && (!prev || !prev.tags.has("Adjective"))) return { first: i, generic: true, replaces: false };
  if (capital && i > 0) return null;
  const last = before[before.length - 1];
  if (last && last.kind === "name" && !last.personLike) {
    const gap = i - last.last - 1;
    const field = gap === 1 && last.possessive && /^[a-z]+$/.test(tokens[i - 1].text) && tokens[i - 1].tags.has("Noun");
    if (gap === 0 && !last.possessive && /^\s+$/.test(tokens[last.last].post) || field) return { first: last.first, generic: false, replaces: true };
  }
  if (prev && PUBLIC_QUALIFIERS.test(prev.norm) && tokens[i - 2]?.norm === "the") return { first: i - 1, generic: false, replaces: false };
  if (prev?.norm === "the" && /^(government|ministry|cabinet|treasury|administration)$/.test(token.norm)) return { first: i, generic: true, replaces: false };
  return null;
}
function isLabel(tokens, m) {
  const after = tokens[m.last + 1];
  return m.kind === "name" && m.first === m.last && after !== void 0 && /^(\d+[a-z]?|[A-Z]|[IVX]+)[,.;:)]?$/.test(after.text) && isCommonWord(tokens[m.first].norm);
}
function onlyCommonWords(tokens, m) {
  return m.kind === "name" && !m.rule && tokens.slice(m.first, m.last + 1).every((t) => isCommonWord(bare(t.norm)));
}
function isSite(tokens, m) {
  if (m.kind !== "name") return false;
  if (m.last > m.first && /^(mount|mt\.?)$/.test(tokens[m.first].norm)) return true;
  if (m.possessive) return false;
  const next = tokens[m.last + 1];
  if (m.first === m.last && /^,\s*$/.test(tokens[m.last].post) && next?.tags.has("Place") && !tokens[m.last + 2]?.tags.has("Verb")) return true;
  if (next === void 0 || !/^[a-z]/.test(next.text) || next.tags.has("Verb") || !/^\s+$/.test(tokens[m.last].post)) return false;
  return SITE_NOUNS.has(next.norm) || isPlaceName(m.name.toLowerCase()) && next.tags.has("Noun") && !EQUITY_NOUNS.has(next.norm);
}
function isCommentator(tokens, m) {
  if (m.kind !== "name") return false;
  const before = tokens[m.first - 1];
  const twoBefore = tokens[m.first - 2];
  if (before && twoBefore && /^(at|from|with)$/.test(before.norm) && COMMENTATOR_NOUNS.has(twoBefore.norm)) return true;
  if (before?.norm === "to" && twoBefore?.norm === "according") return true;
  const after = tokens[m.last + 1];
  if (after && /^(analysts?|strategists?|economists?)$/.test(after.norm)) return true;
  const person = m.personLike || tokens.slice(m.first, m.last + 1).some((t) => COMMENTATOR_NOUNS.has(t.norm) || t.tags.has("Honorific")) || before !== void 0 && COMMENTATOR_NOUNS.has(before.norm);
  if (!person) return false;
  const next = tokens.slice(m.last + 1, m.last + 3).find((t) => !t.tags.has("Adverb"));
  if (next !== void 0 && REPORTING_VERBS.has(next.norm)) {
    const pronoun = tokens.slice(next.i + 1, next.i + 6).find((t) => t.tags.has("Pronoun"));
    const selfReport = pronoun?.norm === "it" && !tokens[pronoun.i + 1]?.tags.has("Copula");
    return m.first !== m.last || !m.personLike || !selfReport || tokens.slice(m.first, m.last + 1).some((t) => t.tags.has("Honorific"));
  }
  return before !== void 0 && REPORTING_VERBS.has(before.norm);
}
function pairBefore(latestFirst, m) {
  const distinct = [];
  for (const n of latestFirst) {
    if (distinct.length >= 2) break;
    if (!distinct.some((d) => d.name === n.name)) distinct.unshift(n);
  }
  if (distinct.length < 2) return null;
  const explicit = m.name.includes("two") || m.name.includes("both") || m.last > m.first;
  const joined = distinct[0].sentence === distinct[1].sentence && distinct[1].first === distinct[0].last + 2;
  return explicit || joined ? distinct : null;
}
var EarlierNames = class {
  lastSentence = [];
  latest;
  /** The latest name that differs from `latest`. */
  other;
  lastPerson;
  lastNonPerson;
  addSentence(names) {
    if (names.length === 0) return;
    this.lastSentence = [...names];
    for (const n of names) {
      if (this.latest && this.latest.name !== n.name) this.other = this.latest;
      this.latest = n;
      if (n.personLike) this.lastPerson = n;
      else this.lastNonPerson = n;
    }
  }
  lastOfKind(personLike2) {
    return personLike2 ? this.lastPerson : this.lastNonPerson;
  }
  /** The names a backward scan can need after the reference's own sentence: the latest two that differ. */
  *latestFirst() {
    if (this.latest) yield this.latest;
    if (this.other) yield this.other;
  }
};
function* reversed(list) {
  for (let k = list.length - 1; k >= 0; k--) yield list[k];
}
function sentenceTopic(names) {
  const first = names[0];
  if (!first?.possessive) return first;
  const next = names[1];
  return next && next.first === first.last + 1 ? next : first;
}
function resolveReferences(mentions) {
  const surnames = /* @__PURE__ */ new Set();
  const acronyms = /* @__PURE__ */ new Map();
  const earlier = new EarlierNames();
  let sentence = -1;
  let current = [];
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      earlier.addSentence(current);
      current = [];
      sentence = m.sentence;
    }
    if (m.kind === "name") {
      if (m.defines) acronyms.set(m.defines, m.name);
      else if (acronyms.has(m.name)) m.name = acronyms.get(m.name);
      if (m.personLike) surnames.add(m.name.split(" ").pop());
      else if (surnames.has(m.name)) m.personLike = true;
      current.push(m);
      continue;
    }
    if (m.refersTo) continue;
    const here = current.filter((n) => n.start < m.start && !(n.last >= m.first - 1 && n.possessive));
    if (m.kind === "plural-pronoun") {
      const pair = pairBefore(chain(reversed(here), earlier.latestFirst()), m);
      if (pair) m.refersTo = pair;
      continue;
    }
    const wantPerson = m.kind === "person-pronoun";
    const topic = sentenceTopic(here);
    if (topic && topic.personLike === wantPerson) {
      m.refersTo = [topic];
      continue;
    }
    const lastTopic = sentenceTopic(earlier.lastSentence);
    if (!m.possessive && lastTopic && lastTopic.personLike === wantPerson && m.first <= 1) {
      m.refersTo = [lastTopic];
      continue;
    }
    const match = [...reversed(here)].find((n) => n.personLike === wantPerson) ?? earlier.lastOfKind(wantPerson) ?? (wantPerson ? here.at(-1) ?? earlier.latest : void 0);
    if (match) m.refersTo = [match];
  }
}
function* chain(...parts) {
  for (const part of parts) yield* part;
}

// .dbg3.ts
var doc = readDocument(process.argv[2]);
var known = capitalizedWords(doc.sentences);
var ms = doc.sentences.map((s) => findMentions(s, known));
resolveReferences(ms.flat());
for (const m of ms.flat()) console.log(m.first, m.last, m.kind, JSON.stringify(m.name), m.possessive, m.refersTo?.map((r) => r.name));
console.log(doc.sentences[0].tokens.map((t) => `${t.text}|${t.post}`).join(" "));
