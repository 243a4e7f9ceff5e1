import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { itemRequestsFor } from '../../../../lambda/domain/itemRequests';
import { apply } from '../../../../lambda/domain/trolley';
import { householdKeys } from '../../../../lambda/store/householdKeys';
import { createStore, type Stores } from '../../../../lambda/skill';
import { loadPageAssets } from '../../../../lambda/phone/pageAssets';
import { createPhoneApp, type PhoneApp } from '../../../../lambda/phone/phoneApp';
import type { PhoneRequest, PhoneResponse } from '../../../../lambda/phone/http';
import { describeLine } from '../../../../lambda/speech/describe';
import type { StoreConfig } from '../../../../lambda/store/config';
import { createDocumentClient } from '../../../../lambda/store/documentClient';
import { freshTable } from '../../../support/dynamodb';

export interface PhoneWorld extends Stores {
  readonly config: StoreConfig;
  readonly app: PhoneApp;
  /** Sends a request as the page would, with a token cookie when given. */
  send(request: Partial<PhoneRequest> & { token?: string }): Promise<PhoneResponse>;
  /** Adds to an account's trolley as a spoken add would. */
  add(userKey: string, words: string): Promise<void>;
  /** What an account's trolley holds, described, sorted. */
  held(userKey: string): Promise<string[]>;
  /** Every item in the table, for what is stored and what is not. */
  everything(): Promise<Record<string, unknown>[]>;
  /** Makes a waiting code's ten minutes pass. */
  expire(code: string): Promise<void>;
}

/** The phone app over a fresh table in DynamoDB Local, with the real stores the skill uses. */
export async function phoneWorld(): Promise<PhoneWorld> {
  const config = await freshTable('phone');
  const stores = createStore(config);
  const app = createPhoneApp({ store: stores.store, links: stores.phoneLinks, assets: loadPageAssets() });
  const client = createDocumentClient(config);
  return {
    ...stores,
    config,
    app,
    send: ({ token, headers, ...request }) =>
      app({
        method: 'GET',
        path: '/',
        body: '',
        sourceAddress: '127.0.0.1',
        ...request,
        headers: {
          host: 'localhost:1234',
          ...(token ? { cookie: `trolley_token=${token}` } : {}),
          ...(request.method === 'POST' ? { 'x-trolley-page': '1', 'content-type': 'application/json' } : {}),
          ...headers,
        },
      }),
    async add(userKey, words) {
      const wanted = itemRequestsFor([{ words }], {}, 'en-GB');
      if (!wanted.ok) throw new Error(`Not an add: ${words}`);
      await stores.store.update(userKey, (state) => apply(state, { kind: 'add', items: wanted.requests }));
    },
    held: async (userKey) => (await stores.store.load(userKey)).trolley.lines.map(describeLine).sort(),
    async everything() {
      const { Items } = await client.send(new ScanCommand({ TableName: config.tableName, ConsistentRead: true }));
      return Items ?? [];
    },
    async expire(code) {
      await client.send(
        new UpdateCommand({
          TableName: config.tableName,
          Key: { id: householdKeys.pairing(code) },
          UpdateExpression: 'SET expiresAt = :past',
          ExpressionAttributeValues: { ':past': Date.now() - 1 },
        }),
      );
    },
  };
}

export const post = (path: string, body: unknown, token?: string): Partial<PhoneRequest> & { token?: string } => ({
  method: 'POST',
  path,
  body: JSON.stringify(body),
  ...(token ? { token } : {}),
});

/** A page's pairing, start to finish, with the account saying the code: the token its cookie then holds. */
export async function linkedToken(world: PhoneWorld, userId: string): Promise<string> {
  const started = await world.phoneLinks.startPairing('198.51.100.1');
  if (!started.started) throw new Error('rate-limited');
  const linked = await world.households.link(userId, started.code);
  if (!linked.linked) throw new Error(`not linked: ${linked.reason}`);
  const status = await world.phoneLinks.pairingStatus(started.code, started.secret);
  if (status.status !== 'linked') throw new Error(status.status);
  return status.token;
}
