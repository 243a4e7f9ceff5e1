import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { codeForCard, codeForSpeech, codeHeard } from '../household/codes';
import type { Households } from '../household/households';
import { HOUSEHOLD_LIMITS } from '../household/limits';
import { joinSpeech } from '../speech/ssml';
import { textFor } from '../speech/i18n';
import { localeOf, sayFor } from './context';
import { finishTurn } from './turn';
import { isIntent } from './intent';
import { heard } from './slots';

/** What the household and phone handlers share: the household store and how to key a user in it. */
export interface HouseholdServices {
  readonly households: Households;
  readonly userKey: (input: HandlerInput) => string;
}

/** The six digits Alexa heard in the `code` slot ("482913"), or undefined when they were not one code. */
export function codeSaid(input: HandlerInput): string | undefined {
  return codeHeard(heard(input, 'code'));
}

/** "Share it": a code for another account, said (digit by digit) and written on a card. */
export function shareTrolleyHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ShareTrolleyIntent'),
    async handle(input) {
      const say = sayFor(input);
      const write = textFor(localeOf(input));
      const shared = await services.households.share(services.userKey(input));
      if (!shared.shared) return finishTurn(input, say('share_full', { max: HOUSEHOLD_LIMITS.maxAccounts }));
      input.responseBuilder.withSimpleCard(
        write('card_share_title'),
        write('card_share_text', { code: codeForCard(shared.code) }),
      );
      return finishTurn(input, say('share_code', { code: codeForSpeech(shared.code) }));
    },
  };
}

/** "Join 4 8 2 9 1 3": this account's trolley joins the household that code was made for. */
export function joinTrolleyHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'JoinTrolleyIntent'),
    async handle(input) {
      const say = sayFor(input);
      const code = codeSaid(input);
      if (!code) return finishTurn(input, say('code_not_heard', { example: 'join 4 8 2, 9 1 3' }));
      const joined = await services.households.join(services.userKey(input), code);
      if (joined.joined) {
        const merged = joined.merged > 0 ? say('joined_merged', { count: joined.merged }) : '';
        return finishTurn(input, joinSpeech(say('joined'), merged, say('count', { count: joined.lineCount })));
      }
      switch (joined.reason) {
        case 'rate-limited':
          return finishTurn(input, say('code_rate_limited'));
        case 'gone':
          return finishTurn(input, say('join_gone'));
        case 'already-member':
          return finishTurn(input, say('join_already'));
        case 'household-full':
          return finishTurn(input, say('join_household_full'));
        case 'trolley-full':
          return finishTurn(input, say('join_trolley_full', { max: joined.maxLines }));
      }
    },
  };
}

/** "Leave the shared trolley": the account keeps a copy as its own. */
export function leaveTrolleyHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'LeaveTrolleyIntent'),
    async handle(input) {
      const say = sayFor(input);
      const left = await services.households.leave(services.userKey(input));
      if (!left.left) return finishTurn(input, say('leave_not_shared'));
      const phones = left.phonesUnlinked > 0 ? say('left_phones', { count: left.phonesUnlinked }) : '';
      return finishTurn(input, joinSpeech(say('left'), phones, say('count', { count: left.kept })));
    },
  };
}

/** "Who shares my trolley": how many accounts and phones; never who. */
export function whoSharesHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'WhoSharesIntent'),
    async handle(input) {
      const say = sayFor(input);
      const { accounts, phones } = await services.households.members(services.userKey(input));
      return finishTurn(
        input,
        joinSpeech(say('who_accounts', { count: accounts }), say('who_phones', { count: phones })),
      );
    },
  };
}
