/**
 * The three kinds of text the skill sends out, told apart by the compiler rather than by comments. A
 * string is `PlainText` unless it says otherwise; SSML and APL text can only be made by escaping plain
 * text (`escapeSsml`, `escapeAplText`) or by the locale's words (`speechFor`), so neither can reach the
 * other's output, nor be escaped twice, without a compile error.
 */
declare const textKind: unique symbol;

/** Text as a person reads it (cards, screen-reader labels, APL event arguments): nothing escaped. */
export type PlainText = string & { readonly [textKind]?: 'plain' };

/** Text safe inside `<speak>`: everything user-derived in it is SSML-escaped. */
export type SsmlText = string & { readonly [textKind]: 'ssml' };

/** Text safe in an APL Text component: its small markup (`<b>`, entities) escaped. */
export type AplText = string & { readonly [textKind]: 'apl' };
