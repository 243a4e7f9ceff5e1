/**
 * The trolley on screens and in the Alexa app: `showTrolley` after a change or a listing (card, and APL
 * where the device has a screen), `renderTrolley` for the screen alone, and what a touch on a line's remove
 * control sends back (`parseRemoveArguments`, from the document `TROLLEY_TOKEN` names), the pages a
 * scrolling list loads (`trolleyPage`). Text bound into APL
 * is escaped with `escapeAplText`, and nowhere else.
 */
export { cardText, CARD_TEXT_LIMIT } from './card';
export { trolleyDatasources, trolleyPage, trolleyRows, type Row, type TrolleyDatasources } from './datasource';
export { TROLLEY_DOCUMENT, trolleyDocument } from './document';
export { parseRemoveArguments, REMOVE_EVENT, TROLLEY_TOKEN, type RemoveTarget } from './events';
export { renderTrolley, showTrolley } from './show';
export { escapeAplText } from './text';
