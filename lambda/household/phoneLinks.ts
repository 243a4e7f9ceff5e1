/** How a phone page becomes a member of a household, and what its token opens. No AWS types in here. */
export interface PhoneLinks {
  /**
   * A new six-digit code for a page with no token. `address` is the caller's IP (rate limit per address).
   * `secret` goes into the page's pairing cookie; the store keeps only its hash. Expires in ten minutes.
   */
  startPairing(address: string): Promise<StartedPairing>;
  /**
   * What became of a code the page holds, proven by the secret from its cookie: still waiting; linked (a new
   * long random token, returned once; the code is then used up); or expired/unknown/wrong secret.
   */
  pairingStatus(code: string, secret: string): Promise<PairingStatus>;
  /** The trolley key a token opens (pass it to TrolleyStore.load/update), or undefined: unknown or revoked. */
  trolleyKeyFor(token: string): Promise<string | undefined>;
}

export type StartedPairing =
  | { readonly started: true; readonly code: string; readonly secret: string; readonly expiresAt: number }
  | { readonly started: false; readonly reason: 'rate-limited' };

export type PairingStatus =
  { readonly status: 'waiting' } | { readonly status: 'linked'; readonly token: string } | { readonly status: 'gone' };
