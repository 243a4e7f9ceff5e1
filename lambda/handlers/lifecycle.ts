import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { HouseholdServices } from './household';
import { nothingToSay } from './turn';

/** Alexa closed the session (timeout, user exit, error): nothing to say, but errors are worth a log line. */
export function sessionEndedHandler(logger: Logger): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle(input) {
      const request = input.requestEnvelope.request as SessionEndedRequest;
      if (request.reason === 'ERROR') logger.warn('Session ended with an error', { error: request.error });
      return nothingToSay(input);
    },
  };
}

/**
 * The user disabled the skill: their trolley is theirs, so it goes too. A household member leaves the
 * household instead; when the last member leaves, the household's trolley, phones and codes go with it.
 */
export function skillDisabledHandler(services: HouseholdServices, logger: Logger): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
    async handle(input) {
      await services.households.forget(services.userKey(input));
      logger.info('Erased the data of a user who disabled the skill');
      return nothingToSay(input);
    },
  };
}
