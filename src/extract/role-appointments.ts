import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import type { ActionType } from '../schema/claim.js';
import { APPOINTING_VERBS } from '../lexicon/words.js';

/**
 * A deal told by naming a firm to a role of another's, with no "only" (see `sole-party.ts` for the exclusive ones):
 * "Brisbury Rovers is delighted to welcome Olberth Mutual as our new principal sponsor", "Quorrel remains Tindrel's
 * kit supplier". Each record is a role noun, the deal it stands for and which way it goes. `named` tells what the
 * firm named to the role does: it `pays` (a sponsor pays the club) or it `gives` (a supplier gives the goods).
 */
export interface AppointedRole {
  noun: string;
  lemma: string;
  type: ActionType;
  named: 'pays' | 'gives';
  example: string;
}

export const APPOINTED_ROLES: readonly AppointedRole[] = [
  { noun: 'sponsor', lemma: 'sponsor', type: 'supply', named: 'pays', example: 'Brisbury Rovers is delighted to welcome Olberth Mutual as our new principal sponsor.' },
  { noun: 'partner', lemma: 'partner', type: 'partner', named: 'gives', example: 'Tindrel has named Quorrel Systems as its new technology partner.' },
  { noun: 'supplier', lemma: 'supply', type: 'supply', named: 'gives', example: 'Quorrel Sportswear remains on as Brisbury Rovers\' kit supplier.' },
  { noun: 'outfitter', lemma: 'supply', type: 'supply', named: 'gives', example: 'Tindrel has appointed Ardelle as its official outfitter.' },
  { noun: 'distributor', lemma: 'distribute', type: 'supply', named: 'pays', example: 'Tindrel has signed Sorrowby Trading as its regional distributor.' },
  { noun: 'provider', lemma: 'provide', type: 'supply', named: 'gives', example: 'Evenmoor Council has picked Quorrel as its new waste provider.' },
  { noun: 'contractor', lemma: 'supply', type: 'supply', named: 'gives', example: 'The Pertwick trust has named Quenlow as its cleaning contractor.' },
  { noun: 'operator', lemma: 'supply', type: 'supply', named: 'gives', example: 'Gorlan Port has welcomed Axholm Terminals as the new operator of its box terminal.' },
  { noun: 'tenant', lemma: 'lease', type: 'supply', named: 'pays', example: 'Pertwick Estates has welcomed Tindrel as its anchor tenant.' },
  { noun: 'lender', lemma: 'lend', type: 'invest', named: 'gives', example: 'Tindrel has chosen Varnwick Bank as its lender.' },
];

const ROLES: ReadonlyMap<string, AppointedRole> = new Map(APPOINTED_ROLES.flatMap((r) => [[r.noun, r], [`${r.noun}s`, r]]));
/** Verbs that put a firm into a role, besides those of an appointment: "welcomes X as", "unveiled X as", "confirmed X as". */
const WELCOMING_VERBS: ReadonlySet<string> = new Set(['welcome', 'welcomes', 'welcomed', 'welcoming', 'unveil', 'unveils', 'unveiled', 'confirm', 'confirms', 'confirmed', 'announce', 'announces', 'announced']);
/** Verbs of a firm going on in a role it holds: "stays on as Tindrel's sponsor", "remains its supplier". */
const STAYING_VERBS: ReadonlySet<string> = new Set(['stays', 'stay', 'stayed', 'remains', 'remain', 'remained', 'continues', 'continue', 'continued', 'returns', 'return', 'returned', 'joins', 'join', 'joined', 'becomes', 'become', 'became']);
/** Owners a first-person text gives its role nouns: "our new main sponsor" is the writer's. */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'the']);

export interface RoleAppointment {
  role: AppointedRole;
  /** The firm put into the role, and the firm whose role it is. */
  named: Mention;
  owner: Mention;
  /** The role noun's token. */
  noun: number;
}

const usable = (m: Mention | undefined): m is Mention => m !== undefined && (m.kind === 'name' || (m.refersTo?.length ?? 0) > 0);

/** The first token of the role's phrase before its noun: past its modifiers ("new main", "official kit") to the owner word. */
// ("welcome X as its Official Kit Partner": a club's release may write the role in title case, its words too.)
function phraseStart(tokens: readonly Token[], k: number): number {
  const word = /^\p{Lu}/u.test(tokens[k]!.text) ? /^(?:[a-z][a-z-]*|\p{Lu}\p{Ll}[\p{Ll}-]*)$/u : /^[a-z][a-z-]*$/;
  let j = k - 1;
  while (j > 0 && j >= k - 4 && word.test(tokens[j]!.text) && !OWNING_PRONOUNS.has(tokens[j]!.norm) && tokens[j]!.norm !== 'as') j--;
  return j;
}

/**
 * Firms named to a role of another in one sentence: "<owner> <appointing verb> <named> as <its|our> ... <role>", and
 * "<named> <stays on> as <owner>'s ... <role>". A role with "only", "sole" or "exclusive" is `sole-party.ts`'s.
 */
export function findRoleAppointments(sentence: Sentence, mentions: readonly Mention[]): RoleAppointment[] {
  const { tokens } = sentence;
  const ending = new Map(mentions.map((m) => [m.last, m]));
  const found: RoleAppointment[] = [];
  tokens.forEach((token, k) => {
    const role = ROLES.get(token.norm);
    if (!role || !/^(?:[a-z]|\p{Lu}\p{Ll})/u.test(token.text)) return;
    const start = phraseStart(tokens, k);
    // (A role in title case needs its owner word right before its words: "as its Official Partner", never a firm's name.)
    if (/^\p{Lu}/u.test(token.text) && !OWNING_PRONOUNS.has(tokens[start]?.norm ?? '')) return;
    if (tokens.slice(start, k).some((t) => /^(?:only|sole|exclusive|single)$/.test(t.norm))) return;
    const ownerWord = tokens[start];
    const ownerName = ending.get(start);
    // "<named> stays on as <owner>'s main sponsor"
    if (ownerName?.possessive && ownerName.kind === 'name' && tokens[ownerName.first - 1]?.norm === 'as') {
      let v = ownerName.first - 2;
      if (tokens[v]?.norm === 'on') v--;
      const named = ending.get(v - 1);
      if (STAYING_VERBS.has(tokens[v]?.norm ?? '') && usable(named) && !named.possessive) found.push({ role, named, owner: ownerName, noun: k });
      return;
    }
    // "<owner> ... welcomes <named> as our new main sponsor"
    if (!ownerWord || !OWNING_PRONOUNS.has(ownerWord.norm) || tokens[start - 1]?.norm !== 'as') return;
    const named = ending.get(start - 2);
    if (!usable(named) || named.possessive) return;
    const verb = tokens[named.first - 1];
    if (!verb || !(APPOINTING_VERBS.has(verb.norm) || WELCOMING_VERBS.has(verb.norm))) return;
    // The owner: the last firm named before the verb in the sentence ("Harcourt Athletic is proud to welcome ...").
    const owner = [...mentions].reverse().find((m) => m.last < named.first - 1 && usable(m) && !m.possessive && m !== named);
    if (owner) found.push({ role, named, owner, noun: k });
  });
  return found;
}
