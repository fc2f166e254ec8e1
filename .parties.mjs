// src/lexicon/words.ts
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
  "publ"
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

// src/extract/parties.ts
var GENERIC_PARTY_RULE = "public-body:generic";
var LEADING_FUNCTION_WORDS = /^(?:the|with|for|as|at|by|from|in|on|of|to|and|but|so|if|while|after|before|under|since|despite)$/i;
var suffixOf = (word) => LEGAL_SUFFIXES.has(word.toLowerCase().replace(/,$/, ""));
function cleanName(name) {
  const words = name.split(/\s+/);
  while (words.length > 1 && LEADING_FUNCTION_WORDS.test(words[0])) words.shift();
  while (words.length > 1 && suffixOf(words[words.length - 1])) words.pop();
  return words.join(" ").replace(/[,.]$/, "");
}
function kindOf(m) {
  if (m.personLike) return "person";
  const last = m.name.split(/\s+/).pop().toLowerCase();
  return ORGANIZATION_WORDS.has(last) || PUBLIC_BODY_NOUNS.has(last) ? "organization" : "unknown";
}
function partyOf(text, mention, which = 0) {
  const named = mention.kind === "name" ? mention : mention.refersTo?.[which];
  if (!named) return null;
  const name = cleanName(named.name);
  return {
    canonical: name,
    text: text.slice(mention.start, mention.end),
    span: { start: mention.start, end: mention.end },
    kind: kindOf(named),
    certainty: mention.kind === "name" && !named.generic ? "stated" : "implied",
    rule: mention.kind === "name" ? named.generic ? GENERIC_PARTY_RULE : named.rule ?? "name" : `resolved-${mention.kind}`
  };
}
export {
  GENERIC_PARTY_RULE,
  cleanName,
  partyOf
};
