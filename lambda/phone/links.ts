/**
 * STAND-IN until branch `household` lands lambda/household/phoneLinks.ts: the contract's shape, so the
 * phone side builds against it. Replaced by an import of the real one at the merge.
 */
export interface PhoneLinks {
  startPairing(
    address: string,
  ): Promise<
    { started: true; code: string; secret: string; expiresAt: number } | { started: false; reason: 'rate-limited' }
  >;
  pairingStatus(
    code: string,
    secret: string,
  ): Promise<{ status: 'waiting' } | { status: 'linked'; token: string } | { status: 'gone' }>;
  trolleyKeyFor(token: string): Promise<string | undefined>;
}
