import { randomUUID } from 'node:crypto';
import { hasExpired } from '../household/codes';
import type { HouseholdTable } from './householdTable';
import { Condition, mapOf, numberOf, RefusedError, stringOf, tx, type StoredRecord } from './householdTable';
import { StoreUnavailableError } from './errors';
import { householdKeys, sha256 } from './householdKeys';
import { ITEM_NAMES, type CallOptions } from './trolleyTable';

/** The pointer attribute on a member's own item: the id of the household whose trolley it uses. */
export const POINTER = ITEM_NAMES.household;

/** An account's own item as read: its trolley (not a member) or its household (a member). */
export interface AccountRecord {
  readonly item: StoredRecord | undefined;
  readonly household: string | undefined;
  readonly version: number | undefined;
}

/** Who is in a household, as stored: hashes and times, never an id. */
export interface MembersRecord {
  readonly household: string;
  readonly accounts: ReadonlyMap<string, number>;
  readonly phones: ReadonlyMap<string, number>;
  /** Keys of the share and pairing records that name this household, with their expiry. */
  readonly codes: ReadonlyMap<string, number>;
  readonly version: number;
}

/** How many times a household write is tried afresh when a concurrent one changed what it read. */
export const HOUSEHOLD_RETRIES = 5;

/** The reads and writes every household operation shares: whose item points where, and who is in one. */
export class HouseholdRecords {
  constructor(readonly table: HouseholdTable) {}

  async account(userId: string, options: CallOptions): Promise<AccountRecord> {
    const item = await this.table.get(userId, options);
    return { item, household: stringOf(item, POINTER), version: numberOf(item, ITEM_NAMES.version) };
  }

  async members(household: string, options: CallOptions): Promise<MembersRecord | undefined> {
    const item = await this.table.get(householdKeys.members(household), options);
    if (!item) return undefined;
    return {
      household,
      accounts: mapOf(item, 'accounts'),
      phones: mapOf(item, 'phones'),
      codes: mapOf(item, 'codes'),
      version: numberOf(item, ITEM_NAMES.version) ?? 0,
    };
  }

  /**
   * The household an account's trolley belongs to, making it a household of one first if it has none: its
   * trolley moves, as it is, to a household trolley, and its own item becomes a pointer to it, all in one
   * transaction conditioned on the item being as read (a change from another device meanwhile is retried).
   */
  async ensureHousehold(userId: string, options: CallOptions): Promise<string> {
    for (let attempt = 0; ; attempt += 1) {
      const account = await this.account(userId, options);
      if (account.household) return account.household;
      const household = randomUUID();
      const attributes = account.item?.[ITEM_NAMES.attributes] ?? {};
      try {
        await this.table.transact(
          [
            tx.put({ id: householdKeys.trolley(household), attributes, version: 1, writes: {} }, absent()),
            tx.put(
              {
                id: householdKeys.members(household),
                accounts: { [sha256(userId)]: Date.now() },
                phones: {},
                codes: {},
                version: 1,
              },
              absent(),
            ),
            tx.put(this.pointerItem(userId, household, account.version), asRead(account.version)),
          ],
          options,
        );
        return household;
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        if (attempt >= HOUSEHOLD_RETRIES) throw busy();
      }
    }
  }

  pointerItem(userId: string, household: string, version: number | undefined): StoredRecord {
    return { id: userId, [POINTER]: household, version: (version ?? 0) + 1 };
  }
}

/** The item is not there yet. */
export function absent(): Condition {
  return Condition.of({ condition: 'attribute_not_exists(#id)', names: { '#id': ITEM_NAMES.key } });
}

/** The item is at the version read (or still absent, or never versioned, when it was read so). */
export function asRead(version: number | undefined): Condition {
  return version === undefined
    ? Condition.of({ condition: 'attribute_not_exists(#version)', names: { '#version': ITEM_NAMES.version } })
    : Condition.of({
        condition: '#version = :version',
        names: { '#version': ITEM_NAMES.version },
        values: { ':version': version },
      });
}

/** Codes of a household still alive: expired ones are dropped from its record whenever it is written. */
export function liveCodes(members: MembersRecord, now: number): Map<string, number> {
  return new Map([...members.codes].filter(([, expiry]) => !hasExpired(expiry, now)));
}

/** The members record written back: version bumped, conditioned on being as read. */
export function membersUpdate(
  members: MembersRecord,
  change: {
    accounts?: ReadonlyMap<string, number>;
    phones?: ReadonlyMap<string, number>;
    codes?: ReadonlyMap<string, number>;
  },
): Condition {
  return Condition.of({
    update: 'SET #accounts = :accounts, #phones = :phones, #codes = :codes, #version = :next',
    condition: '#version = :version',
    names: { '#accounts': 'accounts', '#phones': 'phones', '#codes': 'codes', '#version': ITEM_NAMES.version },
    values: {
      ':accounts': Object.fromEntries(change.accounts ?? members.accounts),
      ':phones': Object.fromEntries(change.phones ?? members.phones),
      ':codes': Object.fromEntries(change.codes ?? members.codes),
      ':version': members.version,
      ':next': members.version + 1,
    },
  });
}

/**
 * Concurrent writes kept getting in first, every time: nothing was written, so the store's usual apology
 * ("nothing was lost") is true.
 */
export function busy(): StoreUnavailableError {
  return new StoreUnavailableError('TransactWriteItems', new Error('the household kept changing while being written'));
}
