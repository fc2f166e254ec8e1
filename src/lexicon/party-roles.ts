import type { ActionType } from '../schema/claim.js';

/**
 * Nouns that name one side of a deal by its role: "its only buyer", "Tern's sole supplier". `takes`: the party
 * the noun names receives (a buyer, a tenant); otherwise it gives (a supplier, a lender). Each entry's example is
 * read by test/lexicon-party-roles.test.ts.
 */
export interface PartyRole {
  noun: string;
  /** The action the role stands for, told from the giver's side: a buyer's counterpart sells. */
  lemma: string;
  type: ActionType;
  takes: boolean;
  example: string;
}

/**
 * A role no entry names but a firm's trade does, an agent noun of a service ("its sole payment processor", "its exclusive
 * acquirer", "its only distributor"): the named party gives that service, as a provider does.
 */
export const SERVICE_ROLE: PartyRole = { noun: '(service)', lemma: 'provide', type: 'supply', takes: false, example: 'Siskin Pay has picked Tarvo Settle to be its sole payment processor.' };

export const PARTY_ROLES: readonly PartyRole[] = [
  { noun: 'buyer', lemma: 'sell', type: 'supply', takes: true, example: "Tern Solar's only buyer will be Siskin Metals." },
  { noun: 'purchaser', lemma: 'sell', type: 'supply', takes: true, example: "Siskin Metals will be Tern Solar's sole purchaser." },
  { noun: 'customer', lemma: 'sell', type: 'supply', takes: true, example: "Tern Solar's only customer is Siskin Metals." },
  { noun: 'client', lemma: 'sell', type: 'supply', takes: true, example: "Siskin Metals is Tern Solar's exclusive client." },
  { noun: 'offtaker', lemma: 'sell', type: 'supply', takes: true, example: "Siskin Metals will be the sole offtaker of Tern Solar's output." },
  { noun: 'tenant', lemma: 'lease', type: 'supply', takes: true, example: "Siskin Metals is the only tenant of Tern Solar's campus." },
  { noun: 'licensee', lemma: 'license', type: 'supply', takes: true, example: "Siskin Metals will be Tern Solar's exclusive licensee." },
  { noun: 'supplier', lemma: 'supply', type: 'supply', takes: false, example: "Siskin Metals will be Tern Solar's exclusive supplier." },
  { noun: 'seller', lemma: 'sell', type: 'supply', takes: false, example: "Tern Solar's only seller is Siskin Metals." },
  { noun: 'provider', lemma: 'provide', type: 'supply', takes: false, example: "Siskin Metals is Tern Solar's sole provider." },
  { noun: 'vendor', lemma: 'supply', type: 'supply', takes: false, example: "Siskin Metals will be Tern Solar's exclusive vendor." },
  { noun: 'landlord', lemma: 'lease', type: 'supply', takes: false, example: "Tern Solar's only landlord is Siskin Metals." },
  { noun: 'licensor', lemma: 'license', type: 'supply', takes: false, example: "Siskin Metals is Tern Solar's sole licensor." },
  { noun: 'lender', lemma: 'lend', type: 'invest', takes: false, example: "Siskin Metals will be Tern Solar's sole lender." },
];
