import type { AplText, PlainText } from '../speech/textKinds';

/**
 * Escapes text for an APL Text component, whose small markup (`<b>`, `<br>`, entities) would otherwise
 * swallow "<3 chocolates" or turn "M&amp;S" into "M&S". Only `&`, `<` and `>` are escaped: they are the
 * entities APL text markup is sure to decode, and quotes are plain characters there.
 */
export function escapeAplText(text: PlainText): AplText {
  return text.replace(/[&<>]/g, (char) => APL_ENTITIES[char] ?? char) as AplText;
}

const APL_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
