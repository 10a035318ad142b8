import type { HouseholdKind } from '../codes';

/**
 * Ofsted reports mainstream and connected-person (kinship) households apart, so every count in the
 * return is split by the household's kind, with the total beside it.
 */
export interface ByKind {
  mainstream: string[];
  connected: string[];
  total: string[];
}

export function splitByKind(households: readonly { id: string; kind: HouseholdKind }[]): ByKind {
  return {
    mainstream: households.filter((h) => h.kind !== 'connected').map((h) => h.id),
    connected: households.filter((h) => h.kind === 'connected').map((h) => h.id),
    total: households.map((h) => h.id),
  };
}
