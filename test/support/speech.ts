import { XMLValidator } from 'fast-xml-parser';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { textOfSsml } from '../../tools/alexa/markup';

/** What a person hears, as plain text; fails the test when the SSML is not well-formed. */
export function spoken(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech as ui.SsmlOutputSpeech | undefined;
  if (!speech) return '';
  expectWellFormed(speech.ssml);
  return plainText(speech.ssml);
}

export function reprompted(response: ResponseEnvelope): string {
  const speech = response.response.reprompt?.outputSpeech as ui.SsmlOutputSpeech | undefined;
  if (!speech) return '';
  expectWellFormed(speech.ssml);
  return plainText(speech.ssml);
}

function expectWellFormed(ssml: string): void {
  const verdict = XMLValidator.validate(ssml);
  if (verdict !== true) throw new Error(`Invalid SSML (${verdict.err.msg}): ${ssml}`);
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) throw new Error(`SSML not wrapped in <speak>: ${ssml}`);
}

/** What Alexa says, with typographic apostrophes as typed ones, so tests can write "You've got". */
function plainText(ssml: string): string {
  return textOfSsml(ssml).replace(/’/g, "'");
}

/** True when Alexa stops listening after this answer. */
export function sessionEnds(response: ResponseEnvelope): boolean {
  return response.response.shouldEndSession === true;
}
