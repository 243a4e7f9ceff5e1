/**
 * Markup read back as the plain text a person hears or sees: SSML from an outputSpeech or a prompt, APL
 * text markup from a screen. The one reader of both, for the simulator and the tests; the skill's own
 * escaping is in lambda/speech/ssml.ts and lambda/display/text.ts.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes character references in one pass, so "&amp;lt;" reads as "&lt;", not "<". */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return NAMED_ENTITIES[lower] ?? entity;
  });
}

/** Tags dropped (a line or speech break read as a space), entities decoded, white space single. */
function textOf(markup: string, breakTag: RegExp): string {
  return decodeEntities(markup.replace(breakTag, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** What Alexa says for SSML ("<speak>M&amp;S crisps</speak>" → "M&S crisps"). */
export function textOfSsml(ssml: string): string {
  return textOf(ssml, /<break\b[^>]*>/g);
}

/** What a screen shows for APL text markup ("<b>M&amp;S</b><br>crisps" → "M&S crisps"). */
export function textOfApl(markup: string): string {
  return textOf(markup, /<br\s*\/?>/gi);
}
