import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { SkillServices } from './context';
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

/** The user disabled the skill: their trolley is theirs, so it goes too. */
export function skillDisabledHandler(services: SkillServices, logger: Logger): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
    async handle(input) {
      await services.store.erase(services.userKey(input));
      logger.info('Erased the trolley of a user who disabled the skill');
      return nothingToSay(input);
    },
  };
}
