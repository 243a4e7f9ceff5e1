import { getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import type { Logger } from '@aws-lambda-powertools/logger';
import { StoreUnavailableError, UncertainWriteError } from '../store/errors';
import { sayFor } from './context';
import { endSession, finishTurn, nothingToSay } from './turn';

/**
 * Anything no other handler took: an intent this version doesn't know, or a request type it need not
 * answer (other skill events). Intents get the fallback words; other requests an empty response.
 */
export const unhandledHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return nothingToSay(input);
    const say = sayFor(input);
    return finishTurn(input, say('fallback'), { question: say('what_next'), reprompt: say('help_reprompt') });
  },
};

/** One apology for every failure: plain words for the person, full context for the log, never item text. */
export function apologiseHandler(logger: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      const say = sayFor(input);
      const unreachable = error instanceof StoreUnavailableError;
      // A write went out and whether it landed couldn't be found out: say so, and how to check.
      const uncertain = error instanceof UncertainWriteError;
      logger.error(unreachable || uncertain ? 'DynamoDB was unavailable' : 'Request failed', {
        error: {
          name: error.name,
          message: unreachable ? error.message : error.message.slice(0, 300),
          stack: error.stack,
        },
        cause: unreachable && error.cause instanceof Error ? { name: error.cause.name } : undefined,
      });
      return endSession(input, say(uncertain ? 'store_uncertain' : unreachable ? 'store_unavailable' : 'error'));
    },
  };
}
