import { itemBytes, readUnits, writeUnits } from './capacity';

/** One DynamoDB call as a skill request made it. */
export interface CallRecord {
  readonly operation: string;
  /** Capacity units by DynamoDB's rules, from the item sizes read and written. */
  readonly computedUnits: number;
  readonly kind: 'read' | 'write';
  /** What DynamoDB (Local) reported in ConsumedCapacity, if it did. */
  readonly reportedUnits: number | undefined;
  /** Time in the SDK call: marshalling, signing, the HTTP round trip and parsing the answer. */
  readonly durationMs: number;
}

/** The parts of a call the meter needs, in the document clients' plain-object form. */
export interface CallSeen {
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly output: {
    readonly Item?: unknown;
    readonly Attributes?: unknown;
    readonly ConsumedCapacity?: { readonly CapacityUnits?: number };
  };
  readonly durationMs: number;
  /**
   * The write's condition refused it. DynamoDB still charges it, by the size of the item as it is: the one
   * returned with the refusal (`output.Item`, when asked for) or else the one last seen.
   */
  readonly refused?: boolean;
}

/**
 * Counts the DynamoDB calls made since the last `take()`, with their capacity units. Knows the size each
 * item had when last read or written, since a write is charged for the larger of the old and new item.
 */
export class CallMeter {
  private calls: CallRecord[] = [];
  private readonly knownBytes = new Map<string, number>();

  constructor(private readonly keyName = 'id') {}

  record({ operation, input, output, durationMs, refused }: CallSeen): void {
    const reportedUnits = output.ConsumedCapacity?.CapacityUnits;
    const timing = { reportedUnits, durationMs };
    const op = operation.replace(/Command$/, '');
    if (refused) {
      const key = this.keyOf(input.Key ?? input.Item);
      const bytes = isItem(output.Item) ? itemBytes(output.Item) : (this.knownBytes.get(key) ?? 0);
      this.knownBytes.set(key, bytes);
      this.calls.push({ operation: op, kind: 'write', computedUnits: writeUnits(bytes), ...timing });
    } else if (op === 'GetItem') {
      const key = this.keyOf(input.Key);
      const bytes = isItem(output.Item) ? itemBytes(output.Item) : 0;
      this.knownBytes.set(key, bytes);
      this.calls.push({ operation: op, kind: 'read', computedUnits: readUnits(bytes), ...timing });
    } else if (op === 'PutItem') {
      const key = this.keyOf(input.Item);
      const bytes = isItem(input.Item) ? itemBytes(input.Item) : 0;
      const charged = Math.max(bytes, this.knownBytes.get(key) ?? 0);
      this.knownBytes.set(key, bytes);
      this.calls.push({ operation: op, kind: 'write', computedUnits: writeUnits(charged), ...timing });
    } else if (op === 'UpdateItem') {
      // Charged like a put, on the larger of the item before and after (ALL_NEW returns the after).
      const key = this.keyOf(input.Key);
      const known = this.knownBytes.get(key) ?? 0;
      const bytes = isItem(output.Attributes) ? itemBytes(output.Attributes) : known;
      this.knownBytes.set(key, bytes);
      this.calls.push({ operation: op, kind: 'write', computedUnits: writeUnits(Math.max(bytes, known)), ...timing });
    } else if (op === 'DeleteItem') {
      const key = this.keyOf(input.Key);
      const charged = this.knownBytes.get(key) ?? 0;
      this.knownBytes.delete(key);
      this.calls.push({ operation: op, kind: 'write', computedUnits: writeUnits(charged), ...timing });
    } else {
      this.calls.push({ operation: op, kind: 'read', computedUnits: 0, ...timing });
    }
  }

  /** The calls since the last take, and starts counting afresh. */
  take(): CallRecord[] {
    const taken = this.calls;
    this.calls = [];
    return taken;
  }

  private keyOf(item: unknown): string {
    return isItem(item) ? String(item[this.keyName]) : '';
  }
}

function isItem(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
