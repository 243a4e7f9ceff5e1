import {
  getRequestType,
  SkillBuilders,
  type HandlerInput,
  type RequestHandler,
  type RequestInterceptor,
  type Skill,
} from 'ask-sdk-core';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { IntentRequest } from 'ask-sdk-model';
import { addItemHandler } from './handlers/addItem';
import { fallbackHandler, helpHandler, noHandler, stopHandler, yesHandler } from './handlers/builtins';
import { changeItemHandler } from './handlers/changeItem';
import { checkItemHandler } from './handlers/checkItem';
import { clearTrolleyHandler } from './handlers/clearTrolley';
import { countTrolleyHandler } from './handlers/countTrolley';
import type { SkillServices } from './handlers/context';
import { apologiseHandler, unhandledHandler } from './handlers/errors';
import { launchHandler } from './handlers/launch';
import { sessionEndedHandler, skillDisabledHandler } from './handlers/lifecycle';
import { listMoreHandler, listTrolleyHandler } from './handlers/listTrolley';
import { loadTrolleyPageHandler } from './handlers/loadTrolleyPage';
import { putBackHandler } from './handlers/putBack';
import { removeItemHandler } from './handlers/removeItem';
import { touchRemoveHandler } from './handlers/touchRemove';
import { undoHandler } from './handlers/undo';
import { joinTrolleyHandler, leaveTrolleyHandler, shareTrolleyHandler, whoSharesHandler } from './handlers/household';
import { linkPhoneHandler, phonePageHandler, unlinkPhonesHandler, type PhoneServices } from './handlers/phones';
import { createLogger, userIdHasher } from './logging';
import {
  createDocumentClient,
  DynamoDbTrolleyStore,
  storeConfigFromEnv,
  TrolleyTable,
  userIdKey,
  type StoreConfig,
  type TrolleyStore,
} from './store';
import type { Households } from './household/households';
import type { PhoneLinks } from './household/phoneLinks';
import { DynamoDbHouseholds } from './store/householdStore';
import { HouseholdTable } from './store/householdTable';
import { DynamoDbPhoneLinks } from './store/phoneLinkStore';

export interface SkillOptions {
  /** Requests for any other skill id are refused before a handler runs. Unset: accept any (local use). */
  readonly skillId?: string | undefined;
  readonly storeConfig?: StoreConfig;
  /**
   * A store other than the default DynamoDB one: the benchmark's conventional build and the reliability
   * tests wire the official adapter in here. Users are keyed by Alexa user id either way.
   */
  readonly store?: TrolleyStore;
  /** Households other than the default DynamoDB ones (with `store`: disabling erases through that store). */
  readonly households?: Households;
  /** The phone page's address; default PHONE_PAGE_URL. Unset: there is no page (Alexa-hosted). */
  readonly phonePageUrl?: string | undefined;
  readonly logger?: Logger;
}

export interface Stores {
  readonly table: TrolleyTable;
  readonly store: TrolleyStore;
  readonly households: Households;
  readonly phoneLinks: PhoneLinks;
}

/**
 * Builds what the skill (and the phone page's handler) keeps data with, all on one table over the AWS SDK
 * v3 document client: trolleys, households, and phone links.
 */
export function createStore(config: StoreConfig, documentClient = createDocumentClient(config)): Stores {
  const tableOptions = { tableName: config.tableName, documentClient };
  const table = new TrolleyTable(tableOptions);
  const householdTable = new HouseholdTable(tableOptions);
  return {
    table,
    store: new DynamoDbTrolleyStore(table, config),
    households: new DynamoDbHouseholds(householdTable, config),
    phoneLinks: new DynamoDbPhoneLinks(householdTable, config),
  };
}

/**
 * For a skill given a store of its own (the benchmark's official adapter, tests in memory): no households,
 * and disabling the skill erases the trolley through that store, as before households.
 */
export function storeOnlyHouseholds(store: TrolleyStore): Households {
  const unsupported = () => Promise.reject(new Error('Households need the DynamoDB store'));
  return {
    share: unsupported,
    join: unsupported,
    leave: unsupported,
    members: unsupported,
    link: unsupported,
    unlinkPhones: unsupported,
    forget: (userId) => store.erase(userId),
  };
}

/** One hasher per process, so every skill instance in it logs the same user under the same hash. */
const hashUserId = userIdHasher();

function logContext(logger: Logger): RequestInterceptor {
  return {
    process(input) {
      const envelope = input.requestEnvelope;
      const type = getRequestType(envelope);
      logger.resetKeys();
      logger.appendKeys({
        requestId: envelope.request.requestId,
        requestType: type,
        intent: type === 'IntentRequest' ? (envelope.request as IntentRequest).intent.name : undefined,
        locale: envelope.request.locale,
        user: envelope.context?.System?.user?.userId ? hashUserId(envelope.context.System.user.userId) : undefined,
      });
      logger.debug('Request received');
    },
  };
}

/**
 * Every request handler, in the order ASK offers a request to them: the first whose `canHandle` is true
 * answers, and the last (`unhandledHandler`) takes anything no other did. New handlers go in here.
 */
export function requestHandlers(services: SkillServices, phones: PhoneServices, logger: Logger): RequestHandler[] {
  return [
    launchHandler(services),
    addItemHandler(services),
    removeItemHandler(services),
    putBackHandler(services),
    changeItemHandler(services),
    checkItemHandler(services),
    listMoreHandler(services),
    listTrolleyHandler(services),
    countTrolleyHandler(services),
    clearTrolleyHandler(services),
    undoHandler(services),
    shareTrolleyHandler(phones),
    joinTrolleyHandler(phones),
    leaveTrolleyHandler(phones),
    whoSharesHandler(phones),
    linkPhoneHandler(phones),
    unlinkPhonesHandler(phones),
    phonePageHandler(phones),
    helpHandler,
    yesHandler,
    noHandler,
    stopHandler,
    fallbackHandler,
    sessionEndedHandler(logger),
    skillDisabledHandler(phones, logger),
    touchRemoveHandler(services),
    loadTrolleyPageHandler(services),
    unhandledHandler,
  ];
}

/** The stores a skill was given, or the DynamoDB ones, built only when no store was given. */
function storesOf(options: SkillOptions): Pick<Stores, 'store' | 'households'> {
  if (options.store) {
    return { store: options.store, households: options.households ?? storeOnlyHouseholds(options.store) };
  }
  const stores = createStore(options.storeConfig ?? storeConfigFromEnv());
  return { store: stores.store, households: options.households ?? stores.households };
}

/**
 * The one skill object that Lambda, the local simulator and the HTTP endpoint all serve; only the entry
 * around it differs.
 */
export function buildSkill(options: SkillOptions = {}): Skill {
  const logger = options.logger ?? createLogger();
  // The trolley store is the skill's one route to storage: no ASK persistence adapter is registered, so
  // nothing can bypass its conditional writes and time budget.
  const { store, households } = storesOf(options);
  const userKey = (input: HandlerInput) => userIdKey(input.requestEnvelope);
  const services: SkillServices = { store, userKey };
  const phones: PhoneServices = {
    households,
    store,
    userKey,
    phonePageUrl: 'phonePageUrl' in options ? options.phonePageUrl : process.env.PHONE_PAGE_URL || undefined,
  };

  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers(services, phones, logger))
    .addRequestInterceptors(logContext(logger))
    .addErrorHandlers(apologiseHandler(logger))
    .withCustomUserAgent('voice-trolley');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
