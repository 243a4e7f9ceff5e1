import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import { inShoppingOrder } from '../domain/reading';
import type { TrolleyLine } from '../domain/trolley';
import { textFor } from '../speech/i18n';
import { cardText } from './card';
import { trolleyDatasources } from './datasource';
import { trolleyDocument } from './document';
import { TROLLEY_TOKEN } from './events';
import { documentVersionFor } from './version';

/**
 * The APL version to send the document as on this device; undefined when it has no APL (Alexa rejects a
 * response with APL sent to such a device) or one too old for the document.
 */
function aplVersionOf(input: HandlerInput): string | undefined {
  const apl = getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'];
  return apl ? documentVersionFor(apl.runtime?.maxVersion) : undefined;
}

/**
 * Draws the trolley on the device's screen, when it has one whose APL can show the document; nothing
 * otherwise, in the words of `locale`. The document carries a first page of rows; LoadIndexListData brings
 * the rest (paging.ts).
 */
export function renderTrolley(input: HandlerInput, lines: readonly TrolleyLine[], locale: string): void {
  const version = aplVersionOf(input);
  if (version === undefined) return;
  input.responseBuilder.addDirective({
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: TROLLEY_TOKEN,
    document: trolleyDocument(version),
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
