import { createHash } from 'node:crypto';

/**
 * Every record a household needs has a key of its own kind, which no Alexa user id ("amzn1.ask.account.…")
 * can equal, so none of them is ever read as a user's trolley:
 *   household#<id>   the household's trolley, in the same shape as a user's ({ attributes, version, writes })
 *   members#<id>     who is in it, as hashes: { accounts, phones, codes, version }
 *   share#<code>     a code another account can join with: { household, expiresAt }
 *   pairing#<code>   a phone page waiting to be linked: { secretHash, expiresAt, household? }
 *   phone#<hash>     a phone's token, by its SHA-256 only: { household, linkedAt }
 *   rate#<kind>#<hash>  a rate limit's window: { windowStart, hits }
 * A member's own item (keyed by its user id, as before) becomes `{ household: <id>, version }`: a pointer.
 */
export const householdKeys = {
  trolley: (household: string) => `household#${household}`,
  members: (household: string) => `members#${household}`,
  share: (code: string) => `share#${code}`,
  pairing: (code: string) => `pairing#${code}`,
  phone: (tokenHash: string) => `phone#${tokenHash}`,
  rate: (kind: string, subject: string) => `rate#${kind}#${sha256(subject)}`,
} as const;

/** Hex SHA-256: how tokens, pairing secrets, accounts and addresses are kept, never as themselves. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
