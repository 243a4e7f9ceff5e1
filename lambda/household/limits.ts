/**
 * How often codes may be tried or made, so that guessing one is hopeless (docs/reliability.md has the
 * arithmetic). Each limit counts within a fixed window that starts with the first attempt in it.
 */
export interface RateLimit {
  readonly attempts: number;
  readonly windowMs: number;
}

export const RATE_LIMITS = {
  /** "Join …" and "link …" by one Alexa account, right or wrong: a real person needs a handful a day. */
  codeAttemptsPerAccount: { attempts: 10, windowMs: 24 * 60 * 60 * 1000 },
  /** New pairing codes asked for from one address: a page reloaded now and then, not a code farm. */
  pairingCodesPerAddress: { attempts: 20, windowMs: 60 * 60 * 1000 },
} as const satisfies Record<string, RateLimit>;

export const HOUSEHOLD_LIMITS = {
  /** Accounts in one household: a home, not a club. */
  maxAccounts: 10,
  /** Phones paired to one household, so "unlink my phones" is one atomic write. */
  maxPhones: 20,
} as const;
