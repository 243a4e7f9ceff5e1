import { randomInt, randomUUID } from 'node:crypto';
import { expiresAt, hasExpired, newCode } from '../household/codes';
import type { Households, JoinResult, LeaveResult, LinkResult, Membership, ShareResult } from '../household/households';
import { HOUSEHOLD_LIMITS, RATE_LIMITS } from '../household/limits';
import { mergeInto } from '../household/merge';
import { EMPTY_STATE } from '../domain/trolley';
import { budgeted } from './budget';
import { isRecord } from '../domain/untrusted';
import { decodeState, encodeState, type Attributes } from './codec';
import type { HouseholdTable } from './householdTable';
import { Condition, numberOf, RefusedError, stringOf, tx, type TransactItem } from './householdTable';
import { householdKeys, sha256 } from './householdKeys';
import {
  asRead,
  busy,
  HOUSEHOLD_RETRIES,
  HouseholdRecords,
  liveCodes,
  membersUpdate,
  type MembersRecord,
} from './householdRecords';
import { RateLimiter } from './rateLimiter';
import type { TimingConfig } from './trolleyStore';
import { ITEM_NAMES, keptWrites, type CallOptions } from './trolleyTable';

/**
 * Households on the trolley table. Every operation that changes more than one record is one transaction,
 * conditioned on each record being as read; when a concurrent request got in first, it reads again and
 * decides afresh (a few times, within the request's budget). Accounts are stored as hashes only.
 */
export class DynamoDbHouseholds implements Households {
  private readonly records: HouseholdRecords;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly table: HouseholdTable,
    private readonly timing: TimingConfig,
  ) {
    this.records = new HouseholdRecords(table);
    this.limiter = new RateLimiter(table);
  }

  share(userId: string): Promise<ShareResult> {
    return this.retrying(async (options) => {
      const household = await this.records.ensureHousehold(userId, options);
      const members = await this.records.members(household, options);
      if (!members) return 'retry';
      if (members.accounts.size >= HOUSEHOLD_LIMITS.maxAccounts) return { shared: false, reason: 'full' } as const;
      const now = Date.now();
      const codes = liveCodes(members, now);
      // Saying "share it" again gives the same code while it lasts: one live code per household.
      const live = [...codes].find(([key]) => key.startsWith(householdKeys.share('')));
      if (live)
        return { shared: true, code: live[0].slice(householdKeys.share('').length), expiresAt: live[1] } as const;
      const code = newCode(randomInt);
      const key = householdKeys.share(code);
      const expiry = expiresAt(now);
      await this.table.transact(
        [
          tx.put(
            { id: key, household, expiresAt: expiry },
            Condition.of({
              condition: 'attribute_not_exists(#id) OR #expiresAt <= :now',
              names: { '#id': ITEM_NAMES.key, '#expiresAt': 'expiresAt' },
              values: { ':now': now },
            }),
          ),
          tx.update(householdKeys.members(household), membersUpdate(members, { codes: codes.set(key, expiry) })),
        ],
        options,
      );
      return { shared: true, code, expiresAt: expiry } as const;
    });
  }

  join(userId: string, code: string): Promise<JoinResult> {
    return this.tryingCode(userId, { joined: false, reason: 'rate-limited' }, (options) =>
      this.joinOnce(userId, code, options),
    );
  }

  private async joinOnce(userId: string, code: string, options: CallOptions): Promise<JoinResult | 'retry'> {
    const account = await this.records.account(userId, options);
    // A trolley already shared joins no other: leaving comes first, whatever the code.
    if (account.household) return { joined: false, reason: 'already-member' };
    const shareKey = householdKeys.share(code);
    const share = await this.table.get(shareKey, options);
    const household = stringOf(share, 'household');
    const now = Date.now();
    if (!share || !household) return { joined: false, reason: 'gone' };
    if (hasExpired(numberOf(share, 'expiresAt'), now)) {
      await this.table.delete(shareKey, undefined, options);
      return { joined: false, reason: 'gone' };
    }
    const members = await this.records.members(household, options);
    if (!members) return { joined: false, reason: 'gone' };
    if (members.accounts.size >= HOUSEHOLD_LIMITS.maxAccounts) return { joined: false, reason: 'household-full' };
    const trolleyKey = householdKeys.trolley(household);
    const shared = await this.table.get(trolleyKey, options);
    const sharedAttributes = attributesOf(shared);
    const joining = decodeState(attributesOf(account.item)).trolley.lines;
    const merge = mergeInto(decodeState(sharedAttributes), joining);
    if (!merge.ok) return { joined: false, reason: 'trolley-full', maxLines: merge.maxLines };
    const version = numberOf(shared, ITEM_NAMES.version);
    const codes = liveCodes(members, now);
    codes.delete(shareKey);
    const writes = Object.fromEntries([...keptWrites(writesOf(shared)), [randomUUID(), now]]);
    const transaction: TransactItem[] = [
      tx.put(
        {
          id: trolleyKey,
          [ITEM_NAMES.attributes]: encodeState(merge.state, sharedAttributes, now),
          [ITEM_NAMES.version]: (version ?? 0) + 1,
          [ITEM_NAMES.writes]: writes,
        },
        asRead(version),
      ),
      tx.put(this.records.pointerItem(userId, household, account.version), asRead(account.version)),
      tx.update(
        householdKeys.members(household),
        membersUpdate(members, { accounts: new Map([...members.accounts, [sha256(userId), now]]), codes }),
      ),
      // A share code works once, and only while it lasts.
      tx.delete(
        shareKey,
        Condition.of({
          condition: '#household = :household AND #expiresAt > :now',
          names: { '#household': 'household', '#expiresAt': 'expiresAt' },
          values: { ':household': household, ':now': now },
        }),
      ),
    ];
    if (!(await this.tried(transaction, options))) return 'retry';
    return { joined: true, merged: merge.merged, lineCount: merge.state.trolley.lines.length };
  }

  leave(userId: string): Promise<LeaveResult> {
    return this.retrying(async (options) => {
      const account = await this.records.account(userId, options);
      const household = account.household;
      if (!household) return { left: false, reason: 'not-shared' } as const;
      const members = await this.records.members(household, options);
      const shared = await this.table.get(householdKeys.trolley(household), options);
      const now = Date.now();
      const hash = sha256(userId);
      const others = members ? [...members.accounts.keys()].filter((other) => other !== hash).length : 0;
      const phones = members?.phones.size ?? 0;
      // The leaver keeps the trolley as it is now, as their own: nothing they said is lost, and "clear my
      // trolley" is there for a fresh start. While others stay, the undo point is theirs, so it stays there.
      const { trolley, removed } = decodeState(attributesOf(shared));
      const copy =
        others > 0
          ? encodeState({ ...EMPTY_STATE, trolley, ...(removed ? { removed } : {}) }, {}, now)
          : attributesOf(shared);
      const own = tx.put(
        { id: userId, [ITEM_NAMES.attributes]: copy, [ITEM_NAMES.version]: (account.version ?? 0) + 1, writes: {} },
        asRead(account.version),
      );
      if (!(await this.tried(this.departure(own, hash, household, members), options))) return 'retry';
      // A household of one with no phones (made by a "share it" nobody took up) was never really shared.
      if (others === 0 && phones === 0) return { left: false, reason: 'not-shared' } as const;
      return { left: true, kept: trolley.lines.length, phonesUnlinked: others > 0 ? 0 : phones } as const;
    });
  }

  members(userId: string): Promise<Membership> {
    return budgeted(this.timing.budgetMs, async ({ signal: abortSignal }) => {
      const options = { abortSignal };
      const account = await this.records.account(userId, options);
      const members = account.household ? await this.records.members(account.household, options) : undefined;
      return { accounts: Math.max(1, members?.accounts.size ?? 1), phones: members?.phones.size ?? 0 };
    });
  }

  link(userId: string, code: string): Promise<LinkResult> {
    return this.tryingCode(userId, { linked: false, reason: 'rate-limited' }, (options) =>
      this.linkOnce(userId, code, options),
    );
  }

  private async linkOnce(userId: string, code: string, options: CallOptions): Promise<LinkResult | 'retry'> {
    const key = householdKeys.pairing(code);
    const pairing = await this.table.get(key, options);
    const now = Date.now();
    if (!pairing || stringOf(pairing, 'household')) return { linked: false, reason: 'gone' };
    if (hasExpired(numberOf(pairing, 'expiresAt'), now)) {
      await this.table.delete(key, undefined, options);
      return { linked: false, reason: 'gone' };
    }
    const household = await this.records.ensureHousehold(userId, options);
    const members = await this.records.members(household, options);
    if (!members) return 'retry';
    const codes = liveCodes(members, now);
    const waiting = [...codes.keys()].filter((waitingKey) => waitingKey.startsWith(householdKeys.pairing(''))).length;
    if (members.phones.size + waiting >= HOUSEHOLD_LIMITS.maxPhones)
      return { linked: false, reason: 'too-many-phones' };
    const expiry = numberOf(pairing, 'expiresAt') as number;
    const transaction = [
      tx.update(
        key,
        Condition.of({
          update: 'SET #household = :household',
          condition: 'attribute_exists(#id) AND attribute_not_exists(#household) AND #expiresAt > :now',
          names: { '#id': ITEM_NAMES.key, '#household': 'household', '#expiresAt': 'expiresAt' },
          values: { ':household': household, ':now': now },
        }),
      ),
      tx.update(householdKeys.members(household), membersUpdate(members, { codes: codes.set(key, expiry) })),
    ];
    if (!(await this.tried(transaction, options))) return 'retry';
    return { linked: true };
  }

  unlinkPhones(userId: string): Promise<{ readonly revoked: number }> {
    return this.retrying(async (options) => {
      const account = await this.records.account(userId, options);
      const members = account.household ? await this.records.members(account.household, options) : undefined;
      if (!members) return { revoked: 0 };
      const now = Date.now();
      const codes = liveCodes(members, now);
      // Pages linked by voice that have not collected their token yet are revoked too.
      const pairings = [...codes.keys()].filter((key) => key.startsWith(householdKeys.pairing('')));
      if (members.phones.size === 0 && pairings.length === 0) return { revoked: 0 };
      for (const key of pairings) codes.delete(key);
      const transaction = [
        ...[...members.phones.keys()].map((hash) => tx.delete(householdKeys.phone(hash))),
        ...pairings.map((key) => tx.delete(key)),
        tx.update(householdKeys.members(members.household), membersUpdate(members, { phones: new Map(), codes })),
      ];
      if (!(await this.tried(transaction, options))) return 'retry';
      return { revoked: members.phones.size + pairings.length };
    });
  }

  forget(userId: string): Promise<void> {
    return this.retrying(async (options) => {
      const account = await this.records.account(userId, options);
      const household = account.household;
      if (!household) {
        await this.table.delete(userId, undefined, options);
        return undefined;
      }
      const members = await this.records.members(household, options);
      const own = tx.delete(userId, asRead(account.version));
      const hash = sha256(userId);
      return (await this.tried(this.departure(own, hash, household, members), options)) ? undefined : 'retry';
    });
  }

  /**
   * An account going: its own item written or deleted (`own`), and the household goes on without it, or,
   * when it was the last account, is dissolved in the same transaction.
   */
  private departure(
    own: TransactItem,
    hash: string,
    household: string,
    members: MembersRecord | undefined,
  ): TransactItem[] {
    const others = members ? [...members.accounts.keys()].filter((other) => other !== hash) : [];
    if (!members || others.length === 0) return [own, ...this.dissolution(household, members)];
    const accounts = without(members.accounts, hash);
    return [own, tx.update(householdKeys.members(household), membersUpdate(members, { accounts }))];
  }

  /** Everything a household is: its trolley, its members record, its phones' tokens and its codes. */
  private dissolution(household: string, members: MembersRecord | undefined): TransactItem[] {
    return [
      tx.delete(householdKeys.trolley(household)),
      ...(members
        ? [
            tx.delete(householdKeys.members(household), asRead(members.version)),
            ...[...members.phones.keys()].map((hash) => tx.delete(householdKeys.phone(hash))),
            ...[...members.codes.keys()].map((key) => tx.delete(key)),
          ]
        : []),
    ];
  }

  /** Sends a transaction; false when a condition refused it (something changed since it was read). */
  private async tried(transaction: readonly TransactItem[], options: CallOptions): Promise<boolean> {
    try {
      await this.table.transact(transaction, options);
      return true;
    } catch (error) {
      if (error instanceof RefusedError) return false;
      throw error;
    }
  }

  /**
   * A code said by an account, counted against its rate limit before anything else is read: "join" and
   * "link" share one count, since both guess at six digits.
   */
  private tryingCode<T>(userId: string, limited: T, once: (options: CallOptions) => Promise<T | 'retry'>): Promise<T> {
    return budgeted(this.timing.budgetMs, async ({ signal: abortSignal }) => {
      const options = { abortSignal };
      if (!(await this.limiter.allow('code', userId, RATE_LIMITS.codeAttemptsPerAccount, options))) return limited;
      return this.attempts(() => once(options));
    });
  }

  /** One operation within the request's budget, tried afresh while concurrent writes keep getting in first. */
  private retrying<T>(once: (options: CallOptions) => Promise<T | 'retry'>): Promise<T> {
    return budgeted(this.timing.budgetMs, ({ signal: abortSignal }) => this.attempts(() => once({ abortSignal })));
  }

  private async attempts<T>(once: () => Promise<T | 'retry'>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      const result = await once();
      if (result !== 'retry') return result;
      if (attempt >= HOUSEHOLD_RETRIES) throw busy();
    }
  }
}

function attributesOf(item: { readonly [name: string]: unknown } | undefined): Attributes {
  const attributes = item?.[ITEM_NAMES.attributes];
  return isRecord(attributes) ? attributes : {};
}

function writesOf(item: { readonly [name: string]: unknown } | undefined): Map<string, number> {
  const writes = item?.[ITEM_NAMES.writes];
  return new Map(
    isRecord(writes)
      ? Object.entries(writes).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      : [],
  );
}

function without(map: ReadonlyMap<string, number>, key: string): Map<string, number> {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}
