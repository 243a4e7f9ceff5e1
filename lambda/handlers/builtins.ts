import type { RequestHandler } from 'ask-sdk-core';
import { sayFor } from './context';
import { endSession, finishTurn } from './turn';
import { isIntent } from './intent';

export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const say = sayFor(input);
    return finishTurn(input, '', { question: say('help'), reprompt: say('help_reprompt') });
  },
};

export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    return endSession(input, sayFor(input)('goodbye'));
  },
};

/** "No" to "Anything else?" or "Shall I carry on?" ends the conversation politely. */
export const noHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle(input) {
    return endSession(input, sayFor(input)('okay'));
  },
};

/** "Yes" with no question pending ("Anything else?" — "Yes"): ask what, and listen. */
export const yesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const say = sayFor(input);
    return finishTurn(input, '', { question: say('nothing_asked'), reprompt: say('what_next') });
  },
};

export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    const say = sayFor(input);
    return finishTurn(input, say('fallback'), { question: say('what_next'), reprompt: say('help_reprompt') });
  },
};
