/**
 * The language-understanding step: from typed words to what Alexa would send the skill (a LaunchRequest,
 * an intent with slots, or nothing at all when the words were not for this skill).
 */
import { FALLBACK_INTENT } from './builtInIntents';
import type { CompiledModel } from './compiledModel';
import { parseInvocation } from './invocation';
import { compareMatches, matchSample, type CompiledSample, type FilledSlot, type SampleMatch } from './sampleMatcher';
import { heardOf, sliceHeard, withoutWakeWord, type HeardWords } from './heardWords';

export type Understanding =
  | { readonly kind: 'launch' }
  | {
      readonly kind: 'intent';
      readonly intent: string;
      readonly slots: readonly FilledSlot[];
      /** The sample that matched; absent for FallbackIntent. */
      readonly sample?: string;
      /** Said with the skill's name, outside a session ("ask my trolley to…"). */
      readonly oneShot: boolean;
    }
  /** Outside a session, words that don't name the skill go to some other part of Alexa. */
  | { readonly kind: 'notForSkill' }
  /** Nothing fits and the model has no FallbackIntent to catch it. */
  | { readonly kind: 'notUnderstood' };

/**
 * The best intent match for a whole utterance, or undefined when no sample fits. `also` are more samples
 * to weigh alike: an elicited slot's own. On a tie the model's intent samples win.
 */
export function bestMatch(
  model: CompiledModel,
  heard: HeardWords,
  also: readonly CompiledSample[] = [],
): SampleMatch | undefined {
  let best: SampleMatch | undefined;
  for (const sample of [...model.samples, ...also]) {
    for (const match of matchSample(sample, heard, model.slotTypes)) {
      if (!best || compareMatches(match, best) < 0) best = match;
    }
  }
  return best;
}

function asIntent(match: SampleMatch | undefined, model: CompiledModel, oneShot: boolean): Understanding {
  if (match)
    return { kind: 'intent', intent: match.sample.intent, slots: match.slots, sample: match.sample.text, oneShot };
  return model.hasFallback
    ? { kind: 'intent', intent: FALLBACK_INTENT, slots: [], oneShot }
    : { kind: 'notUnderstood' };
}

/**
 * `listening`: the samples of a slot the skill just elicited, heard as its intent when they fit best;
 * only inside a session, since Alexa asked there.
 */
export function understand(
  model: CompiledModel,
  utterance: string,
  inSession: boolean,
  listening: readonly CompiledSample[] = [],
): Understanding {
  const heard = withoutWakeWord(heardOf(utterance));
  const request = (invocation: { words: readonly string[]; start: number }) =>
    sliceHeard(heard, invocation.start, invocation.start + invocation.words.length);
  if (inSession) {
    // In a session everything goes to the skill; its own samples come first ("remove milk from my trolley").
    const match = bestMatch(model, heard, listening);
    const invocation = parseInvocation(heard.words, model.invocationWords);
    // "Ask my trolley how many…" is a request, even while Alexa listens for a bare item.
    const answered = match !== undefined && listening.includes(match.sample);
    if (match && !(answered && invocation.kind !== 'none')) return asIntent(match, model, false);
    if (invocation.kind === 'launch') return { kind: 'launch' };
    if (invocation.kind === 'oneShot') return asIntent(bestMatch(model, request(invocation)), model, false);
    return asIntent(undefined, model, false);
  }

  const invocation = parseInvocation(heard.words, model.invocationWords);
  if (invocation.kind === 'launch') return { kind: 'launch' };
  if (invocation.kind === 'none') return { kind: 'notForSkill' };
  // "remove milk from my trolley": the request without the name first, then the whole, as said.
  return asIntent(bestMatch(model, request(invocation)) ?? bestMatch(model, heard), model, true);
}
