/**
 * Words that end a deal, kept by hand from the WordNet candidates (`src/lexicon/wordnet/deal-endings-from-wordnet.mjs`
 * writes them to `src/lexicon/wordnet/deal-ending-candidates.json`; `src/lexicon/wordnet/deal-endings-review.md`
 * says what was dropped and why). `synset` names the WordNet 3.1 sense a record came from, `null` for a use of deal
 * news WordNet lacks. WordNet 3.1 Copyright 2011 by Princeton University; notice in docs/licences/wordnet.md.
 *
 * A record's `role` says who ends the deal and so where its word stands:
 * - `ends`, `refuses`, `forbids`: a side takes the deal back, the other side turns it down, or an authority stops
 *   it. The word stands before the deal word as its verb ("Tarvo scrapped its bid for Siskin") or after it in the
 *   passive ("the bid was scrapped").
 * - `fails`: the deal ends by itself; the word stands after the deal word as its verb ("the takeover collapsed").
 * A noun form ends the deal it is "of" ("the collapse of Tarvo's bid", `nouns`).
 *
 * `objectOnly` marks a word with common senses that end nothing ("shares dropped 4%", "declined to comment",
 * "pulled ahead"): it ends a deal only where the deal word is its direct object, with nothing but the object's own
 * words between ("Brisco pulls £260m offer"), or its subject in the passive ("the offer was pulled").
 */
export interface DealEnding {
  lemma: string;
  synset: string | null;
  role: 'ends' | 'refuses' | 'forbids' | 'fails';
  /** Finite forms and the participle: "scraps", "scrapped". The bare form is left out: "may scrap" and "to scrap" end nothing yet. */
  forms: readonly string[];
  /** Nouns for the act: "cancellation", "rejection". */
  nouns?: readonly string[];
  objectOnly?: boolean;
  example: string;
  reason?: string;
}

export const DEAL_ENDINGS: readonly DealEnding[] = [
  // a side takes the deal back
  { lemma: 'abandon', synset: 'abandon.v.02', role: 'ends', forms: ['abandons', 'abandoned'], nouns: ['abandonment'], example: 'Tarvo Mining abandoned its A$3 billion bid for Siskin Metals' },
  { lemma: 'axe', synset: 'ax.v.02', role: 'ends', forms: ['axes', 'axed'], objectOnly: true, example: 'Harlow Air axes its 12-jet order with Wrenfold' },
  { lemma: 'cancel', synset: 'cancel.v.01', role: 'ends', forms: ['cancels', 'cancelled', 'canceled'], nouns: ['cancellation', 'cancelation'], example: 'Brisco Foods cancelled its $80 million supply contract with Quellby' },
  { lemma: 'ditch', synset: 'chuck.v.02', role: 'ends', forms: ['ditches', 'ditched'], objectOnly: true, example: 'Velquor ditches £900m Norvex bid' },
  { lemma: 'drop', synset: 'drop.v.05', role: 'ends', forms: ['drops', 'dropped'], objectOnly: true, example: 'Kellsmoor has dropped its $2.1 billion offer for Tarnveld', reason: '"shares dropped 4% after the deal" ends nothing' },
  { lemma: 'dump', synset: 'dump.v.02', role: 'ends', forms: ['dumps', 'dumped'], objectOnly: true, example: 'Siskin dumps its Harlow takeover' },
  { lemma: 'end', synset: 'end.v.02', role: 'ends', forms: ['ends', 'ended'], objectOnly: true, example: 'Wrenfold ended its lease agreement with Norvex', reason: '"ended the year with £40m" ends nothing' },
  { lemma: 'kill', synset: 'kill.v.02', role: 'ends', forms: ['kills', 'killed'], objectOnly: true, example: 'Quellby killed the proposed merger with Brisco' },
  { lemma: 'pull', synset: null, role: 'ends', forms: ['pulls', 'pulled'], objectOnly: true, example: 'Tarvo pulls £260m offer for Siskin', reason: 'deal news says a bidder pulls its offer; WordNet has no such sense' },
  { lemma: 'scrap', synset: 'trash.v.01', role: 'ends', forms: ['scraps', 'scrapped'], example: 'Harlow scrapped its planned purchase of Wrenfold' },
  { lemma: 'shelve', synset: 'postpone.v.01', role: 'ends', forms: ['shelves', 'shelved'], objectOnly: true, example: 'Kellsmoor shelves $900m Norvex bid', reason: 'a shelved deal is off' },
  { lemma: 'defer', synset: 'postpone.v.01', role: 'ends', forms: ['defers', 'deferred'], objectOnly: true, example: 'the Pertwick board deferred the award of the cleaning contract to Quenlow', reason: 'a deal whose award is put off has not happened; "deferred the closing of the sale" has no deal for its object and ends nothing' },
  { lemma: 'postpone', synset: 'postpone.v.01', role: 'ends', forms: ['postpones', 'postponed'], objectOnly: true, example: 'Tindrel postponed its planned purchase of Quorrel', reason: 'as "defer"' },
  { lemma: 'pause', synset: 'pause.v.02', role: 'ends', forms: ['pauses', 'paused'], objectOnly: true, example: 'Hallowfen paused the outsourcing contract with Brisbury', reason: 'a paused deal is not in force' },
  { lemma: 'suspend', synset: 'suspend.v.05', role: 'ends', forms: ['suspends', 'suspended'], objectOnly: true, example: 'Olberth suspended its supply agreement with Palindra', reason: '"suspended trading in its shares" has no deal for its object' },
  { lemma: 'bin', synset: null, role: 'ends', forms: ['bins', 'binned'], objectOnly: true, example: 'Merrivane binned the Thessin sale', reason: 'British talk for scrapping a plan; WordNet has no such sense' },
  { lemma: 'terminate', synset: 'end.v.02', role: 'ends', forms: ['terminates', 'terminated'], nouns: ['termination'], example: 'Velquor terminated the merger agreement with Tarnveld' },
  { lemma: 'withdraw', synset: 'swallow.v.05', role: 'ends', forms: ['withdraws', 'withdrew', 'withdrawn'], nouns: ['withdrawal'], example: 'Brisco withdrew its offer for Quellby' },
  // the other side turns it down
  { lemma: 'decline', synset: 'refuse.v.02', role: 'refuses', forms: ['declines', 'declined'], objectOnly: true, example: 'Norvex declined a $600 million approach from Tarvo', reason: '"declined to comment" and "revenue declined" end nothing' },
  { lemma: 'rebuff', synset: 'rebuff.v.01', role: 'refuses', forms: ['rebuffs', 'rebuffed'], nouns: ['rebuff'], example: 'Siskin rebuffed a £1.2bn proposal from Kellsmoor' },
  { lemma: 'refuse', synset: 'refuse.v.02', role: 'refuses', forms: ['refuses', 'refused'], nouns: ['refusal'], objectOnly: true, example: 'Harlow refused the 275p-a-share offer from Brisco', reason: '"refused to comment" ends nothing' },
  { lemma: 'reject', synset: 'refuse.v.02', role: 'refuses', forms: ['rejects', 'rejected'], nouns: ['rejection'], example: 'Wrenfold rejected a $2 billion takeover proposal from Velquor' },
  { lemma: 'snub', synset: 'rebuff.v.01', role: 'refuses', forms: ['snubs', 'snubbed'], objectOnly: true, example: 'Tarnveld snubs Quellby offer' },
  { lemma: 'spurn', synset: 'reject.v.04', role: 'refuses', forms: ['spurns', 'spurned'], example: 'Norvex spurned a $900 million approach from Harlow' },
  // an authority stops it
  { lemma: 'block', synset: 'stop.v.03', role: 'forbids', forms: ['blocks', 'blocked'], nouns: ['blockage'], example: 'the regulator blocked Tarvo buying Siskin' },
  { lemma: 'forbid', synset: 'forbid.v.01', role: 'forbids', forms: ['forbids', 'forbade', 'forbidden'], objectOnly: true, example: 'the competition authority forbade the Brisco takeover of Quellby' },
  { lemma: 'disapprove', synset: 'disapprove.v.02', role: 'forbids', forms: ['disapproves', 'disapproved'], example: 'the commission disapproved the merger of Tarnveld and Norvex', reason: 'merger-control orders "disapprove" a combination' },
  { lemma: 'halt', synset: 'stop.v.03', role: 'forbids', forms: ['halts', 'halted'], objectOnly: true, example: 'a court halted the Kellsmoor sale of its port to Norvex' },
  { lemma: 'nix', synset: 'forbid.v.01', role: 'forbids', forms: ['nixes', 'nixed'], objectOnly: true, example: 'Regulators nix the Wrenfold merger with Tarnveld' },
  { lemma: 'prohibit', synset: 'forbid.v.01', role: 'forbids', forms: ['prohibits', 'prohibited'], nouns: ['prohibition'], example: 'the authority prohibited the merger of Velquor and Harlow' },
  { lemma: 'veto', synset: 'forbid.v.01', role: 'forbids', forms: ['vetoes', 'vetoed'], nouns: ['veto'], example: 'the ministry vetoed the sale of Siskin to Tarvo' },
  // a side, its owners or an outsider stops it
  { lemma: 'thwart', synset: 'thwart.v.01', role: 'forbids', forms: ['thwarts', 'thwarted'], objectOnly: true, example: "a rival bidder thwarted Quorrel's takeover of Delmarsh" },
  { lemma: 'foil', synset: 'thwart.v.01', role: 'forbids', forms: ['foils', 'foiled'], objectOnly: true, example: "a white knight foiled Kelmora's bid for Feldane" },
  { lemma: 'scotch', synset: 'thwart.v.01', role: 'forbids', forms: ['scotches', 'scotched'], objectOnly: true, example: 'the board scotched the Varnwick sale to Quenlow' },
  { lemma: 'frustrate', synset: 'thwart.v.01', role: 'forbids', forms: ['frustrates', 'frustrated'], objectOnly: true, example: 'the pension trustees frustrated the Tindrel sale', reason: 'only with the deal as object: "frustrated investors" is a mood' },
  { lemma: 'scupper', synset: 'queer.v.02', role: 'forbids', forms: ['scuppers', 'scuppered'], example: 'Ofwat scuppered the Caskmoor merger with Evenmoor' },
  { lemma: 'sink', synset: 'sink.v.02', role: 'refuses', forms: ['sinks', 'sank', 'sunk'], objectOnly: true, example: "Investors sink Roskild's £400m bid for Hallowfen", reason: 'only with the deal as object: "shares sank 6%" ends nothing' },
  { lemma: 'torpedo', synset: null, role: 'forbids', forms: ['torpedoes', 'torpedoed'], objectOnly: true, example: 'the court torpedoed the Brisbury takeover of Vantmoor', reason: 'WordNet has only the weapon; deal news uses it of plans' },
  { lemma: 'derail', synset: 'derail.v.01', role: 'forbids', forms: ['derails', 'derailed'], objectOnly: true, example: 'a pension dispute derailed the Olberth merger with Palindra' },
  { lemma: 'annul', synset: 'invalidate.v.01', role: 'forbids', forms: ['annuls', 'annulled'], nouns: ['annulment'], example: 'the court annulled the Merrivane licence deal with Sorrowby' },
  { lemma: 'rescind', synset: 'revoke.v.02', role: 'ends', forms: ['rescinds', 'rescinded'], example: 'Thessin rescinded its supply contract with Gorlan' },
  { lemma: 'revoke', synset: 'revoke.v.02', role: 'forbids', forms: ['revokes', 'revoked'], objectOnly: true, example: 'the ministry revoked the Wendacre port concession' },
  { lemma: 'void', synset: 'invalidate.v.01', role: 'forbids', forms: ['voids', 'voided'], objectOnly: true, example: 'an arbitrator voided the Axholm charter with Liddane' },
  // the deal ends by itself
  { lemma: 'collapse', synset: 'collapse.v.01', role: 'fails', forms: ['collapses', 'collapsed'], nouns: ['collapse'], example: "Brisco's £48m takeover of Quellby collapses" },
  { lemma: 'crumble', synset: 'crumble.v.01', role: 'fails', forms: ['crumbles', 'crumbled'], example: 'the Harlow-Wrenfold merger crumbled over pensions' },
  { lemma: 'die', synset: 'fail.v.04', role: 'fails', forms: ['dies', 'died'], nouns: ['demise'], example: 'The €700m merger of Norvex and Tarnveld died last week' },
  { lemma: 'fail', synset: 'fail.v.02', role: 'fails', forms: ['fails', 'failed'], nouns: ['failure'], example: "Velquor's bid for Kellsmoor failed after the vote" },
  { lemma: 'founder', synset: 'fall_through.v.01', role: 'fails', forms: ['founders', 'foundered'], example: "Tarvo's offtake deal with Siskin foundered on price" },
  { lemma: 'lapse', synset: null, role: 'fails', forms: ['lapses', 'lapsed'], example: "Quellby's offer for Brisco lapsed", reason: 'an offer lapses when its conditions are not met by the long-stop date' },
  { lemma: 'unravel', synset: 'run.v.41', role: 'fails', forms: ['unravels', 'unravelled', 'unraveled'], example: 'the Harlow supply deal with Norvex unravelled' },
];

const formsOf = (keep: (e: DealEnding) => boolean): ReadonlySet<string> => new Set(DEAL_ENDINGS.filter(keep).flatMap((e) => e.forms));

/** Forms of the words that end a deal wherever they stand before it in its clause: "rejected", "scraps". */
export const ENDING_VERB_FORMS = formsOf((e) => e.role !== 'fails' && !e.objectOnly);
/** Forms of the words that end a deal only as its verb with the deal as their object: "pulls", "dropped". */
export const OBJECT_ENDING_FORMS = formsOf((e) => e.role !== 'fails' && e.objectOnly === true);
/** The participles a deal word takes in the passive: "was rebuffed", "has been withdrawn" (every form; the verb "be" picks). */
export const ENDED_PARTICIPLES = formsOf((e) => e.role !== 'fails');
/** Forms of the words a deal ends by, as their subject: "collapsed", "foundered", "dies". */
export const FAILING_FORMS = formsOf((e) => e.role === 'fails');
/** The bare forms of the words a side or an authority ends a deal by: "withdraw", "terminate". */
export const ENDING_LEMMAS: ReadonlySet<string> = new Set(DEAL_ENDINGS.filter((e) => e.role !== 'fails').map((e) => e.lemma));
/** The -ing form of a lemma: "scrap" -> "scrapping", "shelve" -> "shelving", "cancel" -> "cancelling". */
function gerundOf(lemma: string): string {
  if (/[^e]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) || /el$/.test(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}
/** The -ing forms of the words a side or an authority ends a deal by: "..., ending a licence agreed in 2022". */
export const ENDING_GERUNDS: ReadonlySet<string> = new Set(DEAL_ENDINGS.filter((e) => e.role !== 'fails').map((e) => gerundOf(e.lemma)));
/** Nouns for a deal's end, which end the deal they are "of": "the collapse of", "its rejection of". */
export const ENDING_NOUNS: ReadonlySet<string> = new Set(DEAL_ENDINGS.flatMap((e) => e.nouns ?? []));
