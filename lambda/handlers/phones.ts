import type { RequestHandler } from 'ask-sdk-core';
import { showTrolley } from '../display/show';
import { HOUSEHOLD_LIMITS } from '../household/limits';
import type { TrolleyStore } from '../store/trolleyStore';
import { textFor } from '../speech/i18n';
import { localeOf, sayFor } from './context';
import { finishTurn } from './turn';
import { codeSaid, type HouseholdServices } from './household';
import { isIntent } from './intent';

export interface PhoneServices extends HouseholdServices {
  readonly store: TrolleyStore;
  /** The phone page's address (PHONE_PAGE_URL); unset where the skill has no public endpoint (Alexa-hosted). */
  readonly phonePageUrl: string | undefined;
}

/** "Link 4 8 2 9 1 3": the phone page showing that code becomes a member of this account's household. */
export function linkPhoneHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'LinkPhoneIntent'),
    async handle(input) {
      const say = sayFor(input);
      const code = codeSaid(input);
      if (!code) return finishTurn(input, say('code_not_heard', { example: 'link 4 8 2, 9 1 3' }));
      const linked = await services.households.link(services.userKey(input), code);
      if (linked.linked) return finishTurn(input, say('linked'));
      switch (linked.reason) {
        case 'rate-limited':
          return finishTurn(input, say('code_rate_limited'));
        case 'gone':
          return finishTurn(input, say('link_gone'));
        case 'too-many-phones':
          return finishTurn(input, say('link_too_many', { max: HOUSEHOLD_LIMITS.maxPhones }));
      }
    },
  };
}

/** "Unlink my phones": every phone's token stops working at once. */
export function unlinkPhonesHandler(services: HouseholdServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'UnlinkPhonesIntent'),
    async handle(input) {
      const { revoked } = await services.households.unlinkPhones(services.userKey(input));
      return finishTurn(input, sayFor(input)('unlinked', { count: revoked }));
    },
  };
}

/** Addresses short enough to say aloud; longer ones (a Lambda function URL) are only on the card. */
const SAYABLE_ADDRESS_LENGTH = 30;

/**
 * "How do I see my trolley on my phone": the page's address, said when it is short and always on the card.
 * Without one (an Alexa-hosted skill has no public endpoint) it says so, and the trolley's card is there.
 */
export function phonePageHandler(services: PhoneServices): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'PhonePageIntent'),
    async handle(input) {
      const say = sayFor(input);
      const url = services.phonePageUrl;
      if (!url) {
        const { trolley } = await services.store.load(services.userKey(input));
        showTrolley(input, trolley.lines, localeOf(input));
        return finishTurn(input, say('phone_page_none'));
      }
      const write = textFor(localeOf(input));
      input.responseBuilder.withSimpleCard(write('card_phone_title'), write('card_phone_text', { url }));
      const address = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
      return finishTurn(
        input,
        address.length <= SAYABLE_ADDRESS_LENGTH ? say('phone_page', { address }) : say('phone_page_on_card'),
      );
    },
  };
}
