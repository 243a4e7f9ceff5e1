import { randomBytes, randomInt } from 'node:crypto';
import type { PhoneLinks } from '../../../lambda/phone/links';

/**
 * STAND-IN for the household branch's DynamoDB PhoneLinks, until it is merged: pairs in memory, so the
 * HTTP side can be tested first. `approve` is what "link 4 8 2 9 1 3" will do by voice.
 */
export class StandInLinks implements PhoneLinks {
  private readonly codes = new Map<string, { secret: string; expiresAt: number; token?: string; used?: boolean }>();
  private readonly tokens = new Map<string, string>();
  limited = false;

  async startPairing(_address: string) {
    if (this.limited) return { started: false as const, reason: 'rate-limited' as const };
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const secret = randomBytes(16).toString('base64url');
    const expiresAt = Date.now() + 600_000;
    this.codes.set(code, { secret, expiresAt });
    return { started: true as const, code, secret, expiresAt };
  }

  async pairingStatus(code: string, secret: string) {
    const pairing = this.codes.get(code);
    if (!pairing || pairing.secret !== secret || pairing.used || pairing.expiresAt < Date.now()) {
      return { status: 'gone' as const };
    }
    if (!pairing.token) return { status: 'waiting' as const };
    pairing.used = true;
    return { status: 'linked' as const, token: pairing.token };
  }

  async trolleyKeyFor(token: string) {
    return this.tokens.get(token);
  }

  approve(code: string, trolleyKey: string): void {
    const pairing = this.codes.get(code);
    if (!pairing) throw new Error(`no code ${code}`);
    const token = randomBytes(32).toString('base64url');
    pairing.token = token;
    this.tokens.set(token, trolleyKey);
  }

  expire(code: string): void {
    const pairing = this.codes.get(code);
    if (pairing) pairing.expiresAt = 0;
  }

  /** A token for a trolley, as if paired. */
  linked(trolleyKey: string): string {
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, trolleyKey);
    return token;
  }

  revokeAll(): void {
    this.tokens.clear();
  }
}
