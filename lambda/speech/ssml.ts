import type { PlainText, SsmlText } from './textKinds';

/** Escapes text for SSML, so "M&S" or "<3" in an item name cannot break what Alexa says. */
export function escapeSsml(text: PlainText): SsmlText {
  return text.replace(/[&<>"']/g, (char) => SSML_ENTITIES[char] ?? char) as SsmlText;
}

const SSML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Speech said one after another, with a space between; empty parts are left out. */
export function joinSpeech(...parts: readonly (SsmlText | '')[]): SsmlText {
  return parts.filter(Boolean).join(' ') as SsmlText;
}
