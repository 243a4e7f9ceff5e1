/**
 * DynamoDB's capacity rules, applied to plain items as the document clients send and receive them
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html).
 * DynamoDB Local reports ConsumedCapacity when asked, but it is an emulator, not the service that bills: the
 * bench computes the units itself and shows Local's figures alongside, saying whether they agree.
 */

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The stored size of an item: attribute names plus values, with DynamoDB's per-type sizes. */
export function itemBytes(item: Record<string, unknown>): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) total += utf8Bytes(name) + valueBytes(value);
  }
  return total;
}

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return utf8Bytes(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberBytes(value);
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  // A list or map: 3 bytes of overhead, and 1 byte per element besides the element itself.
  if (Array.isArray(value)) {
    return value.reduce<number>((sum, element) => (element === undefined ? sum : sum + 1 + valueBytes(element)), 3);
  }
  if (value instanceof Set) return [...value].reduce<number>((sum, element) => sum + valueBytes(element), 0);
  if (typeof value === 'object') {
    return Object.entries(value).reduce<number>(
      (sum, [name, element]) => (element === undefined ? sum : sum + utf8Bytes(name) + 1 + valueBytes(element)),
      3,
    );
  }
  return 0;
}

/** One byte per two significant digits (leading and trailing zeros trimmed), plus one. */
function numberBytes(value: number | bigint): number {
  const digits = String(value)
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** A strongly consistent read: 1 RCU per 4 KB, at least 1 even when no item is found. */
export function readUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 4096));
}

/** A write: 1 WCU per 1 KB of the larger of the item before and after, at least 1. */
export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 1024));
}
