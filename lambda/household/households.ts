/**
 * The voice side of households: what an Alexa account can do with its household and its phones. Accounts
 * are named by their Alexa user id here and nowhere above the store; nothing returned names another member.
 */
export interface Households {
  /** "Share it": a code another account can join with (making this trolley a household of one if need be). */
  share(userId: string): Promise<ShareResult>;
  /** "Join 4 8 2 9 1 3": this account's lines merged into the household's, in one atomic step. */
  join(userId: string, code: string): Promise<JoinResult>;
  /**
   * "Leave the shared trolley": this account keeps a copy of the trolley as it is; the household goes on
   * without it, or, when it was the last account, is deleted with its phones' tokens.
   */
  leave(userId: string): Promise<LeaveResult>;
  /** "Who shares my trolley": how many accounts and phones, never who. */
  members(userId: string): Promise<Membership>;
  /** "Link 4 8 2 9 1 3": the waiting phone page with this code joins this account's household. */
  link(userId: string, code: string): Promise<LinkResult>;
  /** "Unlink my phones": every phone token of the household stops working. */
  unlinkPhones(userId: string): Promise<{ readonly revoked: number }>;
  /** The skill was disabled: the account leaves; the last account out takes the household's data with it. */
  forget(userId: string): Promise<void>;
}

export type ShareResult =
  | { readonly shared: true; readonly code: string; readonly expiresAt: number }
  | { readonly shared: false; readonly reason: 'full' };

export type JoinResult =
  | { readonly joined: true; readonly merged: number; readonly lineCount: number }
  | { readonly joined: false; readonly reason: 'rate-limited' | 'gone' | 'already-member' | 'household-full' }
  | { readonly joined: false; readonly reason: 'trolley-full'; readonly maxLines: number };

export type LeaveResult =
  /** `phonesUnlinked`: the last account out takes the household's phones with it. */
  | { readonly left: true; readonly kept: number; readonly phonesUnlinked: number }
  | { readonly left: false; readonly reason: 'not-shared' };

export interface Membership {
  /** Alexa accounts in the household, this one included; 1 when the trolley is not shared. */
  readonly accounts: number;
  readonly phones: number;
}

export type LinkResult =
  { readonly linked: true } | { readonly linked: false; readonly reason: 'rate-limited' | 'gone' | 'too-many-phones' };
