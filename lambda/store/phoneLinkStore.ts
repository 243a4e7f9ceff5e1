import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { expiresAt, hasExpired, isCode, newCode } from '../household/codes';
import { RATE_LIMITS } from '../household/limits';
import type { PairingStatus, PhoneLinks, StartedPairing } from '../household/phoneLinks';
import { budgeted } from './budget';
import type { HouseholdTable } from './householdTable';
import { Condition, numberOf, RefusedError, stringOf, tx } from './householdTable';
import { householdKeys, sha256 } from './householdKeys';
import { HOUSEHOLD_RETRIES, HouseholdRecords, liveCodes, membersUpdate } from './householdRecords';
import { RateLimiter } from './rateLimiter';
import type { TimingConfig } from './trolleyStore';
import type { CallOptions } from './trolleyTable';

/** Tokens and pairing secrets: 256 random bits, URL-safe, so a cookie carries them as they are. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** How many fresh codes to try when the one drawn is in use by another waiting page. */
const CODE_DRAWS = 8;

/**
 * Phone pairing on the trolley table, the device-code way: a page asks for a code, a member says it to
 * Alexa (`DynamoDbHouseholds.link`), and the page, proving it holds the pairing secret, collects a token.
 * Only hashes of secrets and tokens are stored.
 */
export class DynamoDbPhoneLinks implements PhoneLinks {
  private readonly records: HouseholdRecords;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly table: HouseholdTable,
    private readonly timing: TimingConfig,
  ) {
    this.records = new HouseholdRecords(table);
    this.limiter = new RateLimiter(table);
  }

  startPairing(address: string): Promise<StartedPairing> {
    return budgeted(this.timing.budgetMs, async ({ signal: abortSignal }) => {
      const options = { abortSignal };
      if (!(await this.limiter.allow('pair', address, RATE_LIMITS.pairingCodesPerAddress, options))) {
        return { started: false, reason: 'rate-limited' } as const;
      }
      const secret = newSecret();
      for (let draw = 1; ; draw += 1) {
        const code = newCode(randomInt);
        const now = Date.now();
        const expiry = expiresAt(now);
        try {
          await this.table.put(
            { id: householdKeys.pairing(code), secretHash: sha256(secret), expiresAt: expiry },
            // A code is reused only once it has expired unlinked: a linked one belongs to its household.
            Condition.of({
              condition: 'attribute_not_exists(#id) OR (#expiresAt <= :now AND attribute_not_exists(#household))',
              names: { '#id': 'id', '#expiresAt': 'expiresAt', '#household': 'household' },
              values: { ':now': now },
            }),
            options,
          );
          return { started: true, code, secret, expiresAt: expiry } as const;
        } catch (error) {
          if (!(error instanceof RefusedError) || draw >= CODE_DRAWS) throw error;
        }
      }
    });
  }

  pairingStatus(code: string, secret: string): Promise<PairingStatus> {
    return budgeted(this.timing.budgetMs, async ({ signal: abortSignal }) => {
      const options = { abortSignal };
      const gone = { status: 'gone' } as const;
      if (!isCode(code) || typeof secret !== 'string' || !SECRET_FORMAT.test(secret)) return gone;
      for (let attempt = 0; ; attempt += 1) {
        const status = await this.collect(code, secret, options);
        if (status !== 'retry') return status;
        if (attempt >= HOUSEHOLD_RETRIES) return gone;
      }
    });
  }

  /** One try at what became of a code; 'retry' when a concurrent household write got in first. */
  private async collect(code: string, secret: string, options: CallOptions): Promise<PairingStatus | 'retry'> {
    const gone = { status: 'gone' } as const;
    const key = householdKeys.pairing(code);
    const pairing = await this.table.get(key, options);
    const now = Date.now();
    const stored = stringOf(pairing, 'secretHash');
    if (!pairing || !stored || !sameHash(stored, sha256(secret))) return gone;
    if (hasExpired(numberOf(pairing, 'expiresAt'), now)) {
      await this.table.delete(key, undefined, options);
      return gone;
    }
    const household = stringOf(pairing, 'household');
    if (!household) return { status: 'waiting' } as const;
    const members = await this.records.members(household, options);
    if (!members) return gone;
    const token = newSecret();
    const tokenHash = sha256(token);
    const codes = liveCodes(members, now);
    codes.delete(key);
    try {
      await this.table.transact(
        [
          tx.put(
            { id: householdKeys.phone(tokenHash), household, linkedAt: now },
            Condition.of({ condition: 'attribute_not_exists(#id)', names: { '#id': 'id' } }),
          ),
          // The code works once: whoever collects the token first uses it up.
          tx.delete(
            key,
            Condition.of({
              condition: '#household = :household AND #secretHash = :secretHash',
              names: { '#household': 'household', '#secretHash': 'secretHash' },
              values: { ':household': household, ':secretHash': stored },
            }),
          ),
          tx.update(
            householdKeys.members(household),
            membersUpdate(members, { phones: new Map([...members.phones, [tokenHash, now]]), codes }),
          ),
        ],
        options,
      );
    } catch (error) {
      if (error instanceof RefusedError) return 'retry';
      throw error;
    }
    return { status: 'linked', token } as const;
  }

  trolleyKeyFor(token: string): Promise<string | undefined> {
    return budgeted(this.timing.budgetMs, async ({ signal: abortSignal }) => {
      if (typeof token !== 'string' || !SECRET_FORMAT.test(token)) return undefined;
      const phone = await this.table.get(householdKeys.phone(sha256(token)), { abortSignal });
      const household = stringOf(phone, 'household');
      return household ? householdKeys.trolley(household) : undefined;
    });
  }
}

/** Compares two hex hashes in constant time, so timing tells nothing about a wrong secret. */
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
