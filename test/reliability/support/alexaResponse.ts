import { decodeState } from '../../../lambda/store/codec';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { LIMITS } from '../../../lambda/domain/limits';
import { reprompted, spoken } from '../../support/speech';

/**
 * Fails unless `response` is a response Alexa accepts: the envelope fields, and every piece of speech
 * well-formed SSML inside <speak>, with nothing in it but escaped text (the skill uses no SSML tags, so any
 * other tag, or a bare `&`, could only have come from what a person said).
 */
export function expectValidAlexaResponse(response: ResponseEnvelope): void {
  expect(response.version).toBe('1.0');
  expect(typeof response.response).toBe('object');
  for (const speech of [response.response.outputSpeech, response.response.reprompt?.outputSpeech]) {
    if (!speech) continue;
    expect(speech.type).toBe('SSML');
    expectOnlyEscapedText((speech as ui.SsmlOutputSpeech).ssml);
  }
  spoken(response);
  reprompted(response);
}

function expectOnlyEscapedText(ssml: string): void {
  const inner = ssml.replace(/^<speak>/, '').replace(/<\/speak>$/, '');
  expect(inner).not.toMatch(/[<>]/);
  expect(inner).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}

interface StoredLine {
  readonly name?: unknown;
  readonly plural?: unknown;
  readonly quantity?: unknown;
}

/** Fails unless a stored item is bounded: few enough lines, short names, sensible quantities. */
export function expectBoundedItem(item: Record<string, unknown> | undefined): void {
  const attributes = (item?.attributes ?? {}) as Record<string, unknown>;
  const state = decodeState(attributes);
  const stored = attributes.lines as Record<string, StoredLine> | undefined;
  const undo = attributes.undo as { restore?: StoredLine[] } | undefined;
  expect(state.trolley.lines.length).toBeLessThanOrEqual(LIMITS.maxLines);
  for (const lines of [Object.values(stored ?? {}), undo?.restore ?? []]) {
    expect(lines.length).toBeLessThanOrEqual(LIMITS.maxLines);
    for (const line of lines) {
      expect(typeof line.name).toBe('string');
      expect((line.name as string).length).toBeLessThanOrEqual(LIMITS.maxNameLength);
      expect((line.name as string).length).toBeGreaterThan(0);
      if (line.quantity === undefined) continue;
      expect(Number.isFinite(line.quantity)).toBe(true);
      expect(line.quantity as number).toBeGreaterThan(0);
      expect(line.quantity as number).toBeLessThanOrEqual(LIMITS.maxQuantity);
    }
  }
}
