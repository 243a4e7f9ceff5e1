/**
 * What a person hears from an outputSpeech: plain text for the transcript, after checking the SSML the way
 * Alexa would refuse it (not well-formed, not one <speak> element, or tags Alexa does not know).
 */
import { XMLValidator } from 'fast-xml-parser';
import type { ui } from 'ask-sdk-model';
import { textOfSsml } from './markup';

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

/** What a person hears from the skill's outputSpeech, as text. */
export interface HeardSpeech {
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

export function hear(speech: ui.OutputSpeech | undefined): HeardSpeech | undefined {
  if (!speech) return undefined;
  if (speech.type === 'PlainText') return { text: speech.text.trim(), errors: [] };
  if (speech.type === 'SSML') return { text: textOfSsml(speech.ssml), errors: ssmlErrors(speech.ssml) };
  return { text: '', errors: [`unknown outputSpeech type ${(speech as { type?: string }).type}`] };
}
