/**
 * What a person hears from an outputSpeech: plain text for the transcript, after checking the SSML the way
 * Alexa would refuse it (not well-formed, not one <speak> element, or tags Alexa does not know).
 */
import { XMLValidator } from 'fast-xml-parser';
import type { ui } from 'ask-sdk-model';

/** The SSML tags Alexa accepts (https://developer.amazon.com/docs/custom-skills/speech-synthesis-markup-language-ssml-reference.html). */
const ALEXA_SSML_TAGS = new Set([
  'speak',
  'amazon:domain',
  'amazon:effect',
  'amazon:emotion',
  'audio',
  'break',
  'emphasis',
  'lang',
  'p',
  'phoneme',
  'prosody',
  's',
  'say-as',
  'sub',
  'voice',
  'w',
  'mark',
]);

export interface Heard {
  readonly text: string;
  /** Why Alexa would not say it; empty when it is fine. */
  readonly errors: readonly string[];
}

export function ssmlErrors(ssml: string): string[] {
  const verdict = XMLValidator.validate(ssml);
  if (verdict !== true) return [`SSML is not well-formed: ${verdict.err.msg} (line ${verdict.err.line})`];
  const errors: string[] = [];
  if (!/^\s*<speak>[\s\S]*<\/speak>\s*$/.test(ssml)) errors.push('SSML must be one <speak>…</speak> element');
  const unknown = new Set<string>();
  for (const [, tag] of ssml.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)) {
    if (tag && !ALEXA_SSML_TAGS.has(tag)) unknown.add(tag);
  }
  if (unknown.size > 0)
    errors.push(`SSML tags Alexa does not support: ${[...unknown].map((tag) => `<${tag}>`).join(', ')}`);
  return errors;
}

export function plainTextOf(ssml: string): string {
  return decodeEntities(ssml.replace(/<break\b[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? entity;
  });
}

export function hear(speech: ui.OutputSpeech | undefined): Heard | undefined {
  if (!speech) return undefined;
  if (speech.type === 'PlainText') return { text: speech.text.trim(), errors: [] };
  if (speech.type === 'SSML') return { text: plainTextOf(speech.ssml), errors: ssmlErrors(speech.ssml) };
  return { text: '', errors: [`unknown outputSpeech type ${(speech as { type?: string }).type}`] };
}
