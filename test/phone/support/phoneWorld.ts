import { createStore } from '../../../lambda/skill';
import { loadPageAssets } from '../../../lambda/phone/pageAssets';
import { createPhoneApp, type PhoneApp } from '../../../lambda/phone/phoneApp';
import type { PhoneRequest, PhoneResponse } from '../../../lambda/phone/http';
import type { PhoneLinks } from '../../../lambda/phone/links';
import type { StoreConfig } from '../../../lambda/store/config';
import type { TrolleyStore } from '../../../lambda/store/trolleyStore';
import { freshTable } from '../../support/dynamodb';

export interface PhoneWorld {
  readonly config: StoreConfig;
  readonly store: TrolleyStore;
  readonly app: PhoneApp;
  /** Sends a request as the page would, with a token cookie when given. */
  send(request: Partial<PhoneRequest> & { token?: string }): Promise<PhoneResponse>;
}

/** The phone app over a fresh table in DynamoDB Local. */
export async function phoneWorld(links: (config: StoreConfig) => PhoneLinks): Promise<PhoneWorld> {
  const config = await freshTable('phone');
  const { store } = createStore(config);
  const app = createPhoneApp({ store, links: links(config), assets: loadPageAssets() });
  return {
    config,
    store,
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
  };
}

export const post = (path: string, body: unknown, token?: string): Partial<PhoneRequest> & { token?: string } => ({
  method: 'POST',
  path,
  body: JSON.stringify(body),
  ...(token ? { token } : {}),
});
