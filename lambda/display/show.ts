import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import { inShoppingOrder } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { textFor } from '../speech/i18n';
import { cardText } from './card';
import { trolleyDatasources } from './datasource';
import { TROLLEY_DOCUMENT } from './document';
import { TROLLEY_TOKEN } from './events';

/** True when the device can show APL: Alexa rejects a response with APL sent to any other. */
export function supportsApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
}

/** Draws the whole trolley on the device's screen, in the words of `locale`, when it has one; nothing otherwise. */
export function renderTrolley(input: HandlerInput, lines: readonly TrolleyLine[], locale: string): void {
  if (!supportsApl(input)) return;
  input.responseBuilder.addDirective({
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: TROLLEY_TOKEN,
    document: TROLLEY_DOCUMENT,
    datasources: trolleyDatasources(lines, textFor(locale)),
  });
}

/**
 * Shows the whole trolley after a change or a listing: a card in the Alexa app, and on a device with a
 * screen the trolley document. Pass the lines as they are now, after the change: for a change,
 * `(await services.store.update(…)).state.trolley.lines`. It only adds to `input.responseBuilder`, so
 * call it before finishing the turn as usual (`return finishTurn(input, speech)`).
 */
export function showTrolley(input: HandlerInput, lines: readonly TrolleyLine[], locale: string): void {
  const write = textFor(locale);
  input.responseBuilder.withSimpleCard(write('card_title'), cardText(inShoppingOrder(lines), write));
  renderTrolley(input, lines, locale);
}
