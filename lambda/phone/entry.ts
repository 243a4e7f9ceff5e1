import type { Logger } from '@aws-lambda-powertools/logger';
import { createLogger } from '../logging';
import { createStore } from '../skill';
import type { StoreConfig } from '../store/config';
import { loadPageAssets } from './pageAssets';
import { createPhoneApp, type PhoneApp } from './phoneApp';

/** The phone page over the skill's own stores: the same table, trolleys and phone links. */
export function phoneAppFor(config: StoreConfig, logger: Logger = createLogger()): PhoneApp {
  const { store, phoneLinks } = createStore(config);
  return createPhoneApp({ store, links: phoneLinks, assets: loadPageAssets(), logger });
}
