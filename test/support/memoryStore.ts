import type { Applied, TrolleyState } from '../../lambda/domain/trolley';
import { decodeState, encodeState, type Attributes } from '../../lambda/store/codec';
import type { TrolleyStore } from '../../lambda/store/trolleyStore';

/** An item as the trolley table keeps it, for tests that look at what was stored. */
export interface MemoryItem {
  readonly id: string;
  readonly attributes: Attributes;
}

/**
 * A TrolleyStore in memory, for handler tests that run many conversations fast: it keeps what the codec
 * encodes, one request at a time, so what it holds is what a write would carry. It claims nothing about
 * DynamoDB: conditional writes, contention and failures are tested on DynamoDB Local.
 */
export class MemoryTrolleyStore implements TrolleyStore {
  reads = 0;

  constructor(readonly items: Map<string, MemoryItem> = new Map()) {}

  async load(userKey: string): Promise<TrolleyState> {
    this.reads += 1;
    return decodeState(this.items.get(userKey)?.attributes ?? {});
  }

  async update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied> {
    this.reads += 1;
    const previous = this.items.get(userKey)?.attributes ?? {};
    const applied = change(decodeState(previous));
    if (!applied.changed) return applied;
    const attributes = encodeState(applied.state, previous, Date.now());
    this.items.set(userKey, { id: userKey, attributes: structuredClone(attributes) });
    return { ...applied, state: decodeState(attributes) };
  }

  async erase(userKey: string): Promise<void> {
    this.items.delete(userKey);
  }
}
