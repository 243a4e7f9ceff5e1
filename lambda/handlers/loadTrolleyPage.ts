import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { trolleyPage } from '../display/datasource';
import { TROLLEY_TOKEN } from '../display/events';
import { isTrolleyListId } from '../display/paging';
import { textFor } from '../speech/i18n';
import { localeOf, type SkillServices } from './context';
import { nothingToSay } from './turn';

type LoadIndexListData = interfaces.alexa.presentation.apl.LoadIndexListDataEvent;

/**
 * The screen scrolled towards rows it has not been sent yet (Alexa.Presentation.APL.LoadIndexListData):
 * answers with the next page of the trolley as it is now (SendIndexListData), and says nothing. A request
 * for another document's list, or one that is not well formed, gets an empty response.
 */
export function loadTrolleyPageHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.LoadIndexListData',
    async handle(input) {
      const request = input.requestEnvelope.request as LoadIndexListData;
      const ours =
        request.token === TROLLEY_TOKEN &&
        isTrolleyListId(request.listId) &&
        typeof request.correlationToken === 'string' &&
        Number.isSafeInteger(request.startIndex) &&
        request.startIndex >= 0;
      if (!ours) return nothingToSay(input);

      const { trolley } = await services.store.load(services.userKey(input));
      return input.responseBuilder
        .addDirective(trolleyPage(trolley.lines, textFor(localeOf(input)), request))
        .getResponse();
    },
  };
}
