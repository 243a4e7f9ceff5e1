/** Escapes text for SSML, so "M&S" or "<3" in an item name cannot break what Alexa says. */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => SSML_ENTITIES[char] ?? char);
}

const SSML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
