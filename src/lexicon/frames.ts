import type { ActionType } from '../schema/claim.js';
import type { Direction } from './actions.js';

export type FrameName =
  | 'supply' | 'sale' | 'lease' | 'licence' | 'order' | 'loan' | 'investment' | 'grant' | 'funding-round' | 'acquisition'
  | 'merger' | 'partnership' | 'sponsorship' | 'deal';

/**
 * A kind of deal: who gives, who receives and what is paid. Every action word belongs to one frame
 * (`frame` in `src/lexicon/actions.ts`); the frame gives the claim its type and, for each direction of the word,
 * the prepositions that mark the other side, in order of preference ("lease ... to X", "rent ... from X").
 */
export interface Frame {
  name: FrameName;
  type: ActionType;
  /** Who the actor of a forward word is, and who the other side. */
  gives: string;
  receives: string;
  /** What is paid, and for how long. */
  terms: string;
  markers: Readonly<Record<Direction, readonly string[]>>;
}

const SUPPLY_MARKERS = { forward: ['to', 'for'], reverse: ['from', 'with', 'on', 'for'], none: ['with', 'to', 'for', 'from'] } as const;
const INVEST_MARKERS = { forward: ['in', 'into'], reverse: ['from', 'to'], none: ['in', 'into'] } as const;
const ACQUIRE_MARKERS = { forward: ['of', 'object', 'from'], reverse: ['to', 'by'], none: ['of', 'object', 'from'] } as const;
const JOINT_MARKERS = { forward: ['with', 'between', 'to', 'for'], reverse: ['with', 'between', 'to', 'for'], none: ['with', 'between', 'to', 'for'] } as const;

export const FRAMES: Readonly<Record<FrameName, Frame>> = {
  supply: { name: 'supply', type: 'supply', gives: 'supplier', receives: 'customer', terms: 'a price or a yearly rate, often a term', markers: SUPPLY_MARKERS },
  sale: { name: 'sale', type: 'supply', gives: 'seller', receives: 'buyer', terms: 'a price', markers: SUPPLY_MARKERS },
  lease: { name: 'lease', type: 'supply', gives: 'lessor', receives: 'lessee', terms: 'a rent per period and a term', markers: SUPPLY_MARKERS },
  licence: { name: 'licence', type: 'supply', gives: 'licensor', receives: 'licensee', terms: 'a fee or royalties, often a term', markers: SUPPLY_MARKERS },
  order: { name: 'order', type: 'supply', gives: 'maker', receives: 'buyer (the actor of a reverse word)', terms: 'a price and a count', markers: SUPPLY_MARKERS },
  loan: { name: 'loan', type: 'invest', gives: 'lender', receives: 'borrower', terms: 'a principal and a term', markers: INVEST_MARKERS },
  investment: { name: 'investment', type: 'invest', gives: 'investor', receives: 'investee', terms: 'a sum and a stake', markers: INVEST_MARKERS },
  grant: { name: 'grant', type: 'invest', gives: 'grantor (often a public body)', receives: 'grantee', terms: 'a sum, often for a purpose', markers: INVEST_MARKERS },
  'funding-round': { name: 'funding-round', type: 'invest', gives: 'investors', receives: 'the company raising (the actor of a reverse word)', terms: 'the round size', markers: INVEST_MARKERS },
  acquisition: { name: 'acquisition', type: 'acquire', gives: 'buyer', receives: 'target', terms: 'a price or a premium', markers: ACQUIRE_MARKERS },
  merger: { name: 'merger', type: 'acquire', gives: 'one party', receives: 'the other', terms: 'a combined value or an exchange ratio', markers: ACQUIRE_MARKERS },
  partnership: { name: 'partnership', type: 'partner', gives: 'one partner', receives: 'the other', terms: 'a commitment, often a term', markers: JOINT_MARKERS },
  sponsorship: { name: 'sponsorship', type: 'supply', gives: 'the sponsored side', receives: 'the sponsor (the actor of a reverse word)', terms: 'a yearly fee and a term', markers: SUPPLY_MARKERS },
  deal: { name: 'deal', type: 'deal', gives: 'one side', receives: 'the other', terms: 'whatever the sentence states', markers: JOINT_MARKERS },
};

/** The frame a word of a type falls in when its entry names none (a user's lexicon entry gives only a type). */
export const FRAME_OF_TYPE: Readonly<Record<ActionType, FrameName>> = {
  supply: 'supply', invest: 'investment', acquire: 'acquisition', partner: 'partnership', deal: 'deal', state: 'deal',
};
