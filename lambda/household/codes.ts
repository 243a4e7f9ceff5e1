/**
 * The six-digit codes that join an account to a household ("share it", "join 4 8 2 9 1 3") or pair a phone
 * ("link 4 8 2 9 1 3"): their format, how they are read from what Alexa heard, and how long they live.
 * Pure: the random source is passed in, so the rules can be tested without chance.
 */

/** A code lives ten minutes, then it is gone, used or not. */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Codes run from 100000 to 999999: none starts with a zero, which AMAZON.NUMBER may drop ("zero four …"
 * heard as a five-digit number) and which people may not say.
 */
export const CODE_SPACE = { lowest: 100_000, count: 900_000 } as const;

export type RandomInt = (below: number) => number;

export function newCode(randomInt: RandomInt): string {
  return String(CODE_SPACE.lowest + randomInt(CODE_SPACE.count));
}

export function isCode(value: string): boolean {
  return /^[1-9]\d{5}$/.test(value);
}

/**
 * The code in what Alexa heard: AMAZON.NUMBER sends "482913" for "four eight two nine one three" and for
 * "482913"; anything spaced or punctuated ("4 8 2 9 1 3", "482-913") is read the same. Undefined when the
 * digits are not one code ("?" for a number Alexa could not read, too few or too many digits).
 */
export function codeHeard(value: string | undefined): string | undefined {
  if (value === undefined || !/^[\d\s.,-]+$/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  return isCode(digits) ? digits : undefined;
}

/** How a code is said back: digit by digit, with a pause between the halves ("4 8 2, 9 1 3"). */
export function codeForSpeech(code: string): string {
  return `${code.slice(0, 3).split('').join(' ')}, ${code.slice(3).split('').join(' ')}`;
}

/** How a code is written on a card: "482 913". */
export function codeForCard(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export function expiresAt(now: number): number {
  return now + CODE_LIFETIME_MS;
}

/** A stored expiry is checked on every read: the hosted table has no TTL to clear old codes for us. */
export function hasExpired(expiry: unknown, now: number): boolean {
  return typeof expiry !== 'number' || expiry <= now;
}
