/**
 * Checks one locale's interaction model against the simulator's own understanding and the skill's code:
 * samples that another intent would take, identical samples, samples that do not parse back to their
 * own intent and slots, slot types nobody uses or nobody declared, intents no handler answers, and an
 * invocation name Amazon would refuse.
 */
import { invocationNameProblems } from './invocationName';
import { FALLBACK_INTENT, REQUIRED_BUILT_INS } from '../alexa/builtInIntents';
import { compileModel } from '../alexa/compiledModel';
import { hasMultipleValues, MULTIPLE_VALUE_LOCALES } from '../alexa/multipleValueSlots';
import type { FilledSlot } from '../alexa/sampleMatcher';
import type { InteractionModel, ModelIntent, ModelSlotType } from '../alexa/interactionModel';
import { sampleValueOf } from '../alexa/entityResolution';
import { heardOf, phraseOf } from '../alexa/heardWords';
import { bestMatch } from '../alexa/understand';

export interface Finding {
  readonly level: 'error' | 'warning';
  readonly message: string;
}

const BUILT_IN_SLOT_SAMPLES: Readonly<Record<string, string>> = {
  'AMAZON.NUMBER': 'two',
  'AMAZON.DATE': 'tomorrow',
  'AMAZON.DURATION': 'five minutes',
  'AMAZON.FOUR_DIGIT_NUMBER': '2024',
};
const SAMPLE_DIGITS: Readonly<Record<string, string>> = { two: '2' };

/** `locale`: the model's locale, when known, for what Alexa allows only in some locales. */
export function lintModel(
  model: InteractionModel,
  handled: ReadonlySet<string> | undefined,
  locale?: string,
): Finding[] {
  const findings: Finding[] = [];
  const error = (message: string) => findings.push({ level: 'error', message });
  const warn = (message: string) => findings.push({ level: 'warning', message });
  const language = model.interactionModel.languageModel;
  const compiled = compileModel(model);
  const types = new Map((language.types ?? []).map((type) => [type.name, type]));

  // Slot types: declared but unused, used but undeclared.
  const usedTypes = new Set(language.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)));
  for (const type of types.keys()) if (!usedTypes.has(type)) warn(`slot type ${type} is not used by any slot`);
  for (const intent of language.intents) {
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !types.has(slot.type)) {
        error(`${intent.name}.${slot.name} has type ${slot.type}, which the model does not declare`);
      }
    }
  }

  // Multiple-value slots exist only in some locales; `ask deploy` rejects the model elsewhere.
  if (locale && !MULTIPLE_VALUE_LOCALES.includes(locale)) {
    for (const intent of language.intents) {
      for (const slot of (intent.slots ?? []).filter(hasMultipleValues)) {
        error(
          `${intent.name}.${slot.name} has multipleValues enabled, which Alexa does not support in ${locale} ` +
            `(only ${MULTIPLE_VALUE_LOCALES.join(', ')})`,
        );
      }
    }
  }

  // Identical samples, within and across intents (built-in phrases included: Alexa knows them too).
  const owners = new Map<string, Set<string>>();
  for (const sample of compiled.samples) {
    const key = sampleKey(sample.text, compiled.intents.get(sample.intent));
    owners.set(key, (owners.get(key) ?? new Set<string>()).add(sample.intent));
  }
  for (const [key, intents] of owners) {
    if (intents.size > 1) error(`identical samples "${key}" in ${[...intents].join(' and ')}`);
  }
  for (const intent of language.intents) {
    const seen = new Set<string>();
    for (const sample of intent.samples ?? []) {
      const key = sampleKey(sample, intent);
      if (seen.has(key)) warn(`${intent.name} has the sample "${sample}" more than once`);
      seen.add(key);
    }
  }

  // A sample of slots alone takes any words no other sample fits, so AMAZON.FallbackIntent never fires here.
  for (const sample of compiled.samples) {
    if (sample.literalCount === 0 && compiled.hasFallback) {
      warn(
        `${sample.intent}: "${sample.text}" is slots only, so the simulator gives it whatever nothing else fits ` +
          '(never AMAZON.FallbackIntent); Alexa may still choose FallbackIntent for words far from the model',
      );
    }
  }

  // Every sample, with its slots filled in, must come back as its own intent and slots.
  for (const intent of language.intents) {
    for (const sample of intent.samples ?? []) {
      const filled = fillIn(sample, intent, types);
      if (filled === undefined) {
        error(`${intent.name}: "${sample}" names a slot the intent does not have`);
        continue;
      }
      const match = bestMatch(compiled, heardOf(filled.text));
      if (!match) {
        error(`${intent.name}: "${sample}" (as "${filled.text}") cannot be understood at all`);
      } else if (match.sample.intent !== intent.name) {
        error(
          `conflict: "${sample}" of ${intent.name} (as "${filled.text}") is understood as ${match.sample.intent} ("${match.sample.text}")`,
        );
      } else if (!sameSlots(match.slots, filled.slots)) {
        warn(
          `${intent.name}: "${sample}" (as "${filled.text}") parses as "${match.sample.text}" with ${describeSlots(match.slots)}`,
        );
      }
    }
  }

  // Handlers: every custom intent needs one; built-ins fall to the catch-all, which is worth knowing.
  if (handled) {
    for (const intent of compiled.intents.keys()) {
      if (handled.has(intent)) continue;
      if (!intent.startsWith('AMAZON.')) error(`${intent} has no handler in lambda/`);
      else if (intent !== FALLBACK_INTENT || language.intents.some((declared) => declared.name === intent)) {
        const required = (REQUIRED_BUILT_INS as readonly string[]).includes(intent);
        warn(`${intent} has no handler of its own${required ? ' (every skill receives it)' : ''}`);
      }
    }
    for (const name of handled) {
      if (!compiled.intents.has(name) && !name.startsWith('AMAZON.')) {
        warn(`lambda/ handles ${name}, which the model does not have`);
      }
    }
  }

  // Dialog model and prompts refer to things that exist.
  const promptIds = new Set((model.interactionModel.prompts ?? []).map((prompt) => prompt.id));
  for (const dialogIntent of model.interactionModel.dialog?.intents ?? []) {
    if (!compiled.intents.has(dialogIntent.name)) error(`dialog model names ${dialogIntent.name}, which has no intent`);
    for (const [purpose, id] of Object.entries(dialogIntent.prompts ?? {})) {
      if (!promptIds.has(id)) error(`${dialogIntent.name}'s ${purpose} prompt ${id} is not in prompts`);
    }
    if (dialogIntent.confirmationRequired && !dialogIntent.prompts?.confirmation) {
      error(`${dialogIntent.name} requires confirmation but has no confirmation prompt`);
    }
  }

  for (const problem of invocationNameProblems(language.invocationName)) error(problem);
  return findings;
}

/** Samples compared with slots replaced by their types: "add {item}" and "add {thing}" of one type are alike. */
function sampleKey(text: string, intent: ModelIntent | undefined): string {
  return text
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const slot = /^\{([^}]+)\}$/.exec(piece);
      if (!slot) return phraseOf(piece);
      const type = intent?.slots?.find((declared) => declared.name === slot[1])?.type ?? slot[1];
      return `{${type}}`;
    })
    .filter(Boolean)
    .join(' ');
}

function fillIn(
  sample: string,
  intent: ModelIntent,
  types: ReadonlyMap<string, ModelSlotType>,
): { text: string; slots: Map<string, string> } | undefined {
  const slots = new Map<string, string>();
  let missing = false;
  const text = sample.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const slot = intent.slots?.find((declared) => declared.name === name);
    if (!slot) {
      missing = true;
      return name;
    }
    const value = sampleValueOf(types.get(slot.type)) ?? BUILT_IN_SLOT_SAMPLES[slot.type] ?? 'something';
    slots.set(name, phraseOf(SAMPLE_DIGITS[value] ?? value));
    return value;
  });
  return missing ? undefined : { text, slots };
}

function sameSlots(heard: readonly FilledSlot[], expected: ReadonlyMap<string, string>): boolean {
  if (heard.length !== expected.size) return false;
  return heard.every((slot) => expected.get(slot.name) === slot.value);
}

function describeSlots(slots: readonly FilledSlot[]): string {
  return slots.length === 0 ? 'no slots' : slots.map((slot) => `${slot.name}="${slot.value}"`).join(', ');
}
