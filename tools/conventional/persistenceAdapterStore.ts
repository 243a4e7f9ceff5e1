import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Applied, TrolleyState } from '../../lambda/domain/trolley';
import { decodeState, encodeState } from '../../lambda/store/codec';
import type { TrolleyStore } from '../../lambda/store/trolleyStore';

/**
 * The trolley kept the conventional ASK way: getAttributes, change, saveAttributes, through any
 * PersistenceAdapter (here, the official ask-sdk-dynamodb-persistence-adapter). Its save is a blind PutItem,
 * so when two devices change one trolley at once, one change is silently lost. It exists only for the
 * benchmark's conventional build and the tests that measure those losses; the skill never uses it.
 */
export class PersistenceAdapterTrolleyStore implements TrolleyStore {
  constructor(private readonly adapter: PersistenceAdapter) {}

  async load(userKey: string): Promise<TrolleyState> {
    return decodeState(await this.adapter.getAttributes(envelopeFor(userKey)));
  }

  async update(userKey: string, change: (state: TrolleyState) => Applied): Promise<Applied> {
    const envelope = envelopeFor(userKey);
    const attributes = await this.adapter.getAttributes(envelope);
    const applied = change(decodeState(attributes));
    if (applied.changed)
      await this.adapter.saveAttributes(envelope, encodeState(applied.state, attributes, Date.now()));
    return applied;
  }

  async erase(userKey: string): Promise<void> {
    await this.adapter.deleteAttributes?.(envelopeFor(userKey));
  }
}

/** The official adapter keys items by the envelope's user id: give it just that. */
function envelopeFor(userId: string): RequestEnvelope {
  return { context: { System: { user: { userId } } } } as RequestEnvelope;
}
