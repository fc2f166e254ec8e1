import type { Claim } from '../schema/claim.js';
import type { Quantity } from '../schema/quantity.js';
import { DIGITS, distinguish, shortNumber } from './describe.js';
import { interval, verdictOf, type Comparator, type Comparison, type Interval } from './comparator.js';
import type { PositionReader } from './position-reader.js';
import { PERIODS_PER_YEAR, roleOfAmount } from '../normalize/values.js';
import { countKindOf } from '../lexicon/count-kinds.js';
import { PREMIUM_MARK, RAISED_TO_BEFORE } from '../extract/deal-percents.js';

const PREFIXES: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

/** "500 MW", "6 GW", "20K GPU", "5 %". */
export function describeQuantity(q: Quantity, digits = DIGITS): string {
  if (q.unit === '%') return `${shortNumber(q.value, digits)}%`;
  if (q.per) return `${describeQuantity({ ...q, per: undefined }, digits)} a ${q.per}`;
  // (A prefix scales a squared or cubed unit by its square or cube: 16,700 m2 is no "16.7 km2", so those keep the number.)
  if (q.unit.length <= 3 && q.dimension !== 'count' && !/[23]$/.test(q.unit)) {
    const prefix = PREFIXES.find(([size]) => Math.abs(q.value) >= size);
    return prefix ? `${shortNumber(q.value / prefix[0], digits)} ${prefix[1]}${q.unit}` : `${shortNumber(q.value, digits)} ${q.unit}`;
  }
  return `${shortNumber(q.value, digits)} ${q.unit}`;
}

/** Counted nouns that name the same thing: "60 jets" and "60 aircraft". */
const SAME_THING: Record<string, string> = {
  jet: 'aircraft', plane: 'aircraft', airplane: 'aircraft', airliner: 'aircraft', aeroplane: 'aircraft', widebody: 'aircraft', narrowbody: 'aircraft',
  turboprop: 'aircraft', freighter: 'aircraft', airframe: 'aircraft',
  ship: 'vessel', vessel: 'vessel', tanker: 'vessel', carrier: 'vessel', bulker: 'vessel', boxship: 'vessel', containership: 'vessel', hull: 'vessel', newbuild: 'vessel',
  chip: 'chip', processor: 'chip', accelerator: 'chip', car: 'vehicle', truck: 'vehicle', vehicle: 'vehicle',
  // ("40 electric trainsets" and "45 regional trains": a trainset is a train, which WordNet does not list.)
  trainset: 'train', railcar: 'train',
};
/** Words for a ship that say nothing of its type: a count of them may be of tankers, ferries or carriers. */
const ANY_VESSEL: ReadonlySet<string> = new Set(['ship', 'vessel', 'boat', 'newbuild', 'newbuilding', 'hull', 'unit']);
/**
 * The kind a count measures. A ship's type is its own kind ("3 tankers" and "2 ferries" count different goods, often of
 * two orders), and a ship of no type counts any of them (`sameGoods`).
 */
const unitKey = (unit: string) => {
  const singular = unit.toLowerCase().replace(/s$/, '');
  const kind = SAME_THING[singular] ?? countKindOf(singular) ?? singular;
  return kind === 'vessel' && !ANY_VESSEL.has(singular) ? `vessel:${singular}` : kind;
};
const anyVesselBeside = (a: string, b: string): boolean => (a === 'vessel' && b.startsWith('vessel:')) || (b === 'vessel' && a.startsWith('vessel:'));

/**
 * Counts by a model code or an acronym ("50 M220s", "30 S-220X", "four SOVs"), or of bare "units", "sets" or "pieces"
 * ("500 P7 units", "the tram order is 14 sets, not 12"): they count the deal's goods without saying what they are. (A firm's
 * backlog of units counts no deal's goods, and is dropped where it is read.)
 */
const isGenericCount = (q: Quantity): boolean => q.dimension === 'count' && (/\d/.test(q.unit) || /^[A-Z]{2,5}s?$/.test(q.unit) || /^(?:units?|sets?|pieces?)$/i.test(q.unit));

/** Things a deal never counts as its goods, so a generic count is not set against them. */
const NOT_GOODS: ReadonlySet<string> = new Set(['share', 'employee', 'worker', 'job', 'customer', 'subscriber', 'user', 'seat', 'option', 'year', 'month']);

/** Two counts of the same goods: the same kind, or a generic count ("units", a model code) against a count of goods. */
function sameGoods(a: Measure, b: Measure): boolean {
  if (a.unit === b.unit || anyVesselBeside(a.unit, b.unit)) return true;
  if (a.q.dimension !== 'count' || b.q.dimension !== 'count') return false;
  const [generic, other] = isGenericCount(a.q) ? [a, b] : isGenericCount(b.q) ? [b, a] : [null, null];
  return generic !== null && other !== null && !isGenericCount(other.q) && !NOT_GOODS.has(other.unit);
}

/**
 * "a 40% premium" and "a 20% stake" measure different things; other percentages are stakes. A count is the deal's,
 * a step of it ("another 40 jets") or a running total ("60 jets on order in all"), as an amount of money is
 * (`roleOfAmount`): only counts of one role are compared.
 */
function roleOf(claim: Claim, q: Quantity): string {
  if (q.unit !== '%') {
    if (q.dimension !== 'count') return '';
    const role = roleOfAmount(claim.text, claim.span.start, q);
    return role === 'increment' || role === 'cumulative' ? role : '';
  }
  const after = claim.text.slice(q.span.end - claim.span.start, q.span.end - claim.span.start + 30);
  if (q.rule.endsWith(PREMIUM_MARK) || /^\s*(?:premium|discount)\b/i.test(after)) return 'premium';
  if (q.rule === 'percent.split' || jointVenture(claim)) return 'split';
  const before = claim.text.slice(Math.max(0, q.span.start - claim.span.start - 40), q.span.start - claim.span.start);
  // (The 60 characters before it: "raising its overall holding in the grocer to [17%]".)
  const wider = claim.text.slice(Math.max(0, q.span.start - claim.span.start - 60), q.span.start - claim.span.start);
  if (PRIOR_HOLDING_BEFORE.test(before)) return 'prior-holding';
  return HOLDING_BEFORE.test(before) || HOLDING_RAISED_TO.test(wider) || RAISED_TO_BEFORE.test(before) || HOLDING_AFTER_STEP.test(before) ? 'holding' : 'stake';
}

/** How far two splits may differ, as a share of the larger minority share: rounding only. */
const SPLIT_TOLERANCE = 0.005;

/**
 * How far two percentages may differ, as a share of the larger: a writer rounds "9.9%" to "10%", but "58%" and "60%"
 * of a merged firm are two figures.
 */
const PERCENT_TOLERANCE = 0.02;

/** Roles of a share a partner holds, which a venture's split is set against. */
const SHARE_ROLES: ReadonlySet<string> = new Set(['stake', 'holding']);

/**
 * A partner of a two-firm venture holds a tenth of it at least; a smaller share beside a venture's split is another
 * holding ("bought back about 4% of our shares"), never set against the split.
 */
const LEAST_PARTNER_SHARE = 10;

/** Words of a venture two firms own together: "a joint venture", "the JV", "jointly develop". */
const JOINT_VENTURE = /\bjoint(?:ly)?\s+(?:venture|development|company|develop|own)|\bJV(?:Co)?\b/i;

/** A claim of a venture two firms own together, by its kind or its words. */
const jointVenture = (claim: Claim): boolean => claim.action?.type === 'partner' || JOINT_VENTURE.test(claim.text);

/**
 * A venture's split as its minority share: "60% and 40%", "Tarvo holds 60%", "Siskin takes 40%" and "a 60:40 JV" are
 * one split, 40%, whichever partner the share is told of; "a 50-50 JV" is 50%.
 */
function minorityShare(q: Quantity): Quantity {
  const share = Math.min(q.value, 100 - q.value);
  return { ...q, value: share, min: share, max: share, bound: q.bound === 'approximate' ? 'approximate' : 'exact' };
}

/**
 * "will own 60% once the deal closes", "lifting its holding to 60%", "now holds 19%", "keeps the other 55%": the share a firm ends up with,
 * which is not the stake a deal moves ("a further 45%"), so the two are never set against each other.
 */
const HOLDING_BEFORE = /\b(?:(?:will|would|to|now|then|already|currently|still)\s+(?:own|hold|have|control|retain|keep)|owns|holds|has|owning|holding|retains|retained|retaining|keeps|kept|keeping|(?:stake|holding|interest|shareholding|position|stream|entitlement|royalty|ownership)\s+to)\s+(?:(?:about|roughly|nearly|some|just|over|under|a|total|of|the|remaining)\s+){0,3}$/i;

/**
 * "raising its overall stake in the chain to 17%", "bringing its holding in Tarvo to 30%": the share a firm ends up with
 * after a raise, told with where it holds it; a holding (`HOLDING_BEFORE`; "taking it to 20%" is `RAISED_TO_BEFORE`).
 */
const HOLDING_RAISED_TO = /\b(?:stake|holding|interest|shareholding|ownership|position)(?:\s+in(?:\s+[\w'\u2019&.-]+){1,5})?\s+to(?:\s+(?:about|roughly|nearly|some|just|over|under|a|total|of|the)){0,3}\s+$/i;

/** "by 12% to 20.5%": the share after a step's share and "to" is the holding the step leaves. */
const HOLDING_AFTER_STEP = /%\s+to(?:\s+(?:about|roughly|nearly|some|just|over|under)){0,2}\s+$/i;

/**
 * "having previously held 14.02%", "up from 14%", "to 17% from 14%", "had held 9.5%": the share a firm held before the deal, which is no
 * figure of the deal and is set only against another source's share held before.
 */
const PRIOR_HOLDING_BEFORE = /(?:\b(?:(?:previously|formerly|had|having)\s+(?:held|owned|had)|up\s+from|from(?:\s+a)?\s+(?:previous|prior|earlier))|%\s+from)(?:\s+(?:about|roughly|nearly|some|just|over|under|a|total|of|the)){0,3}\s+$/i;

interface Measure {
  q: Quantity;
  unit: string;
  role: string;
  range: Interval;
  /** A share's reading as a venture's split (`minorityShare`), for a side that tells the venture's split. */
  split: Interval | null;
  plain: string;
  /** The claim's term in months, or null: it turns a yearly rate and a total into each other. */
  months: number | null;
  /** Whether the words before it call it a capacity: "a berth with capacity for 850,000 boxes a year". */
  capacity: boolean;
}

/** Words right before a measure that make it what a plant or site can handle: "capacity for", "an installed capacity of". */
const CAPACITY_BEFORE = /\bcapacity\s+(?:of|for|to\s+(?:handle|produce|process|make|ship|store))\s+(?:(?:about|around|roughly|some|up\s+to)\s+)?$/i;

/** How near a total must be to a rate's figure to be that rate told without its period. */
const RATE_TOLD_BARE = 0.02;

/**
 * The two ranges set side by side: as stated when both are rates or both totals, a rate's yearly figure against a
 * total spread over the term ("500,000 tonnes a year" against "1.5 million tonnes over three years"), or null when
 * no term links a rate to a total.
 */
function comparable(a: Measure, b: Measure): [Interval, Interval] | null {
  const yearly = (m: Measure) => (m.q.per ? PERIODS_PER_YEAR[m.q.per] : 0);
  if (yearly(a) === 0 && yearly(b) === 0) return [a.range, b.range];
  if (yearly(a) > 0 && yearly(b) > 0) return [interval(a.q, yearly(a)), interval(b.q, yearly(b))];
  const [rate, total] = yearly(a) > 0 ? [a, b] : [b, a];
  // ("capacity for 850,000 boxes a year" beside "an 850,000-box berth": a plant's capacity stated as the rate's own
  // figure is that rate told without its period.)
  if ((rate.capacity || total.capacity) && Math.abs(rate.q.value - total.q.value) <= RATE_TOLD_BARE * Math.max(rate.q.value, total.q.value)) return [a.range, b.range];
  const months = total.months ?? rate.months;
  if (months === null || months <= 0) return null;
  const spread = interval(total.q, 12 / months);
  return rate === a ? [interval(a.q, yearly(a)), spread] : [spread, interval(b.q, yearly(b))];
}

/** How strongly a verdict holds for one role: an agreement over a reading that fits, over a conflict. */
const rank = (verdict: Comparison['verdict']): number => (verdict === 'agree' ? 2 : verdict === 'consistent' ? 1 : 0);

/**
 * Measures of the same unit: "500-megawatt" agrees with "half a gigawatt" and conflicts with "1.5 gigawatts".
 * With several values of one unit on a side, any matching pair of one role agrees; a conflict of one role of a share
 * (a step, a holding, a holding before) is not hidden by another role's agreement.
 */
export const compareQuantity: Comparator<Measure[]> = {
  read: (claim) => (claim.quantities.length === 0 ? null : claim.quantities.map((q) => {
    const role = roleOf(claim, q);
    const minority = q.unit === '%' && q.value > 0 && q.value < 100 ? minorityShare(q) : null;
    const split = minority && interval(minority);
    const asSplit = role === 'split' && split !== null;
    return {
      q, unit: unitKey(q.unit), role, range: asSplit ? split : interval(q), split, months: claim.duration?.months ?? null,
      capacity: CAPACITY_BEFORE.test(claim.text.slice(Math.max(0, q.span.start - claim.span.start - 40), Math.max(0, q.span.start - claim.span.start))),
      plain: asSplit ? `a ${shortNumber(100 - minority!.value, DIGITS)}/${shortNumber(minority!.value, DIGITS)} split` : describeQuantity(q),
    };
  })),
  compare: (a, b, settings) => {
    // Per role of share the pairs compared, the best verdict: an agreement of one role ("another 3%" on both sides)
    // does not hide a conflict of another ("taking it to 17%" against "to 20%").
    const byRole = new Map<string, Comparison>();
    for (const ma of a) {
      for (const mb of b) {
        if (!sameGoods(ma, mb)) continue;
        // ("its 60% of the venture" beside "handing it 51% of this thing": a partner's share is set against a venture's
        // split as the split it makes.)
        const share = ma.role === 'split' ? mb : ma;
        const splitBeside = ma.role !== mb.role && (ma.role === 'split' || mb.role === 'split') && SHARE_ROLES.has(share.role) && share.q.value >= LEAST_PARTNER_SHARE && share.q.value <= 100 - LEAST_PARTNER_SHARE;
        if (ma.role !== mb.role && !splitBeside) continue;
        const ranges = splitBeside ? (ma.split && mb.split ? [ma.split, mb.split] as [Interval, Interval] : null) : comparable(ma, mb);
        if (ranges === null) continue;
        // (A venture's split is stated exactly: 51/49 gives one partner control that 50/50 gives no one.)
        const tolerance = ma.role === 'split' || splitBeside ? Math.min(settings.tolerance.quantity, SPLIT_TOLERANCE)
          : ma.q.unit === '%' ? Math.min(settings.tolerance.quantity, PERCENT_TOLERANCE) : settings.tolerance.quantity;
        const verdict = verdictOf(ranges[0], ranges[1], tolerance);
        const sides: [string, string] = verdict === 'conflict' && ma.plain === mb.plain ? distinguish((d) => [describeQuantity(ma.q, d), describeQuantity(mb.q, d)]) : [ma.plain, mb.plain];
        const comparison: Comparison = { field: 'quantity', verdict, sides, rule: `quantity-${ma.q.dimension}` };
        const role = ma.q.unit === '%' && mb.q.unit === '%' ? `${ma.role}~${mb.role}` : '';
        const held = byRole.get(role);
        if (!held || rank(verdict) > rank(held.verdict)) byRole.set(role, comparison);
      }
    }
    const verdicts = [...byRole.values()];
    return verdicts.find((c) => c.verdict === 'conflict') ?? verdicts.find((c) => c.verdict === 'agree') ?? verdicts.find((c) => c.verdict === 'consistent') ?? verdicts[0] ?? null;
  },
};

/** Each measure of a claim stands at its value, apart per unit and role: "500 MW", "20K GPU" and "60 jet (cumulative)" are three aspects. */
export const quantityPositions: PositionReader = (claim) =>
  claim.quantities.map((q) => {
    const role = q.unit === '%' ? '' : roleOf(claim, q);
    return {
      aspect: `quantity, ${unitKey(q.unit)}${q.per ? ` a ${q.per}` : ''}${role ? ` (${role})` : ''}`,
      key: `${q.bound === 'approximate' ? 'exact' : q.bound}:${q.min}:${q.max}:${q.value}`,
      order: q.value,
      describe: (digits: number) => describeQuantity(q, digits),
    };
  });
