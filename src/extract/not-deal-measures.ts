import type { Quantity } from '../schema/quantity.js';

/**
 * A level something is forecast or planned to reach, not a deal's figure: "world use is projected to top 900 million
 * tonnes", "the site is set to hit 500MW", "sales are seen topping $40bn". A deal's own value told so ("the pact is
 * projected to top $3bn", "the whole outlay is set to hit ¥90bn") stays: no deal noun may stand just before.
 */
export const FORECAST_LEVEL_BEFORE = /\b(?:(?:planned|expected|set|forecast|projected|seen|tipped|estimated|poised)\s+to\s+(?:reach|hit|top|exceed|grow\s+to|rise\s+to|climb\s+to)|(?:seen|forecast|projected|tipped)\s+(?:reaching|hitting|topping|exceeding))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$/i;
/** A deal noun just before such a forecast: the deal's own figure ("the pact is projected to top"). */
export const DEAL_NOUN_FORECAST = /\b(?:deal|contract|agreement|order|pact|purchase|sale|transaction|value|lease|licen[cs]e|investment|cost|price|consideration|package|financing|funding)s?\s+(?:[\w-]+\s+){0,3}(?:planned|expected|set|forecast|projected|seen|tipped|estimated|poised)\b/i;

/**
 * Measures and counts that are not what a deal moves, each a record: the words before the figure, an example and a
 * reason (run by test/rule-tables.test.ts: each example's figure is on no claim).
 */
export const NOT_DEAL_MEASURES: readonly { name: string; before: RegExp; unless?: RegExp; example: string; reason: string }[] = [
  {
    name: 'forecast-level', before: FORECAST_LEVEL_BEFORE, unless: DEAL_NOUN_FORECAST,
    example: 'Tarvo Gas agreed a supply pact with Siskin Power for 700,000 tonnes a year; world use is projected to top 900 million tonnes.',
    reason: 'a level a market or a site is forecast to reach, not what the deal moves',
  },
  {
    name: 'capacity-raised-to', before: /\b(?:lift|lifts|lifted|raise|raises|raised|expand|expands|expanded|increase|increases|increased|boost|boosts|boosted|take|takes|took|bring|brings|brought)\s+(?:[\w'\u2019]+\s+){0,3}capacity\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i,
    example: 'Tarvo Gas agreed a supply pact with Siskin Power for 700,000 tonnes a year; a new unit will raise the plant\'s capacity to 9 million tonnes.',
    reason: 'what a plant will be able to make in all, not what the deal moves',
  },
  {
    name: 'installed-capacity', before: /\b(?:with|has|have|had|boasts?)\s+(?:an?\s+|its\s+)?(?:total\s+)?installed\s+capacity\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i,
    example: 'Tarvo Wind will sell 90 MW to Siskin Data from its Ulvenor park, which has an installed capacity of 330 MW.',
    reason: 'the size of the plant a deal draws on, not the share the deal takes ("36 machines giving a total installed capacity of 432 MW" is the deal\'s)',
  },
  {
    name: 'contracted-in-all', before: /\b(?:has|have)\s+(?:now\s+)?(?:contracted|signed|sold|placed|booked)\s+a\s+total\s+of\s+(?:about\s+|around\s+|some\s+)?$/i,
    example: 'Tarvo Gas agreed a supply pact with Siskin Power for 700,000 tonnes a year; Tarvo has now signed a total of 6 million tonnes with its buyers.',
    reason: 'what a firm has sold to all its buyers so far, not this deal\'s',
  },
  {
    name: 'whole-of-share', before: /\b(?:(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|half|(?!100\b)\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s+of\s+(?:the\s+|its\s+|their\s+|[\w-]+(?:\s[\w-]+){0,2}['\u2019]s\s+)?(?:total\s+|entire\s+|planned\s+)?(?:about\s+|roughly\s+|some\s+|around\s+)?$/i,
    example: "Tarvo Wind will sell 80 MW to Siskin Data from its Ulvenor park, about a third of Ulvenor's 240 MW.",
    reason: 'the whole that the deal takes a share of, not what the deal moves ("100% of ~180ktpa" takes it all: that whole is the deal\'s)',
  },
];

/** Whether a measure or count is one of `NOT_DEAL_MEASURES` (read from up to 70 characters before it). */
export function notDealMeasure(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.span.start - 70), q.span.start);
  return NOT_DEAL_MEASURES.some((r) => r.before.test(before) && !(r.unless?.test(before) ?? false));
}
