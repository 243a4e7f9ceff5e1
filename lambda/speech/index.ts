/**
 * Outcomes into words. Everything spoken is `SsmlText`: the locale's words through `speechFor`, with every
 * value SSML-escaped as it goes in (`escapeSsml`, the one place SSML is escaped); `textFor` gives the same
 * words as plain text for the card and the screen. The words themselves are in `lambda/locales/`.
 */
export { describeItem, describeLine, isPlural } from './describe';
export { choiceOf, listOf, speechFor, textFor, type MessageValues, type Say, type Write } from './i18n';
export { choicesBetween, speakChange, speakCount, speakHolding, speakHoldings, speakOutcome } from './outcomes';
export { aisleKey, speakPage } from './reading';
export { escapeSsml, joinSpeech } from './ssml';
export type { AplText, PlainText, SsmlText } from './textKinds';
