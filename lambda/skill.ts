import { getRequestType, SkillBuilders, type RequestHandler, type RequestInterceptor, type Skill } from 'ask-sdk-core';
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

export interface SkillOptions {
  /** Requests for any other skill id are refused before a handler runs. Unset: accept any (local use). */
  readonly skillId?: string | undefined;
  readonly storeConfig?: StoreConfig;
  /**
   * A store other than the default DynamoDB one: the benchmark's conventional build and the reliability
   * tests wire the official adapter in here. Users are keyed by Alexa user id either way.
   */
  readonly store?: TrolleyStore;
  readonly logger?: Logger;
}

/** Builds the store the skill uses: the trolley table over the AWS SDK v3 document client. */
export function createStore(config: StoreConfig): { table: TrolleyTable; store: TrolleyStore } {
  const table = new TrolleyTable({ tableName: config.tableName, documentClient: createDocumentClient(config) });
  return { table, store: new DynamoDbTrolleyStore(table, config) };
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
export function requestHandlers(services: SkillServices, logger: Logger): RequestHandler[] {
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
    helpHandler,
    yesHandler,
    noHandler,
    stopHandler,
    fallbackHandler,
    sessionEndedHandler(logger),
    skillDisabledHandler(services, logger),
    touchRemoveHandler(services),
    loadTrolleyPageHandler(services),
    unhandledHandler,
  ];
}

/**
 * The one skill object that Lambda, the local simulator and the HTTP endpoint all serve; only the entry
 * around it differs.
 */
export function buildSkill(options: SkillOptions = {}): Skill {
  const logger = options.logger ?? createLogger();
  // The trolley store is the skill's one route to storage: no ASK persistence adapter is registered, so
  // nothing can bypass its conditional writes and time budget.
  const store = options.store ?? createStore(options.storeConfig ?? storeConfigFromEnv()).store;
  const services: SkillServices = { store, userKey: (input) => userIdKey(input.requestEnvelope) };

  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers(services, logger))
    .addRequestInterceptors(logContext(logger))
    .addErrorHandlers(apologiseHandler(logger))
    .withCustomUserAgent('voice-trolley');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
