import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot, SlotValue, slu } from 'ask-sdk-model';
import type { HeardItem } from '../domain/itemList';
import type { SlotAmount } from '../domain/itemRequests';
import { isUnitId, unitFromWord, type UnitId } from '../domain/units';

function slotOf(input: HandlerInput, name: string): Slot | undefined {
  const request = input.requestEnvelope.request as IntentRequest;
  return request.intent?.slots?.[name];
}

/** What was heard for a slot, or undefined when it was empty. */
export function heard(input: HandlerInput, name: string): string | undefined {
  const value = slotOf(input, name)?.value;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The id of the first value entity resolution matched, if it matched any. */
export function resolvedId(slot: Slot | undefined): string | undefined {
  return matchedId(slot?.resolutions);
}

function matchedId(resolutions: slu.entityresolution.Resolutions | undefined): string | undefined {
  const authorities = resolutions?.resolutionsPerAuthority;
  for (const authority of Array.isArray(authorities) ? authorities : []) {
    if (authority?.status?.code === 'ER_SUCCESS_MATCH') {
      const id = authority.values?.[0]?.value?.id;
      if (typeof id === 'string' && id) return id;
    }
  }
  return undefined;
}

export type QuantityReading = { readonly ok: true; readonly quantity?: number } | { readonly ok: false };

/**
 * AMAZON.NUMBER arrives as digits ("2", "1.5"), or "?" when Alexa heard a number it could not read. Zero
 * is only a quantity where it means "none" ("make that zero").
 */
export function quantityHeard(input: HandlerInput, options: { allowZero?: boolean } = {}): QuantityReading {
  const value = heard(input, 'quantity');
  if (value === undefined) return { ok: true };
  const quantity = Number(value.trim());
  const smallest = options.allowZero ? 0 : Number.MIN_VALUE;
  return Number.isFinite(quantity) && quantity >= smallest ? { ok: true, quantity } : { ok: false };
}

export interface UnitReading {
  readonly unit?: UnitId;
  /** A unit word the skill does not know ("sachets"): kept as part of the item so nothing said is lost. */
  readonly unknownWord?: string;
}

/** The unit slot: the unit entity resolution matched, or the word's own, or the word kept as said. */
export function unitHeard(input: HandlerInput): UnitReading {
  const slot = slotOf(input, 'unit');
  const value = heard(input, 'unit');
  if (value === undefined) return {};
  const id = resolvedId(slot);
  const unit = id && isUnitId(id) ? id : unitFromWord(value);
  return unit ? { unit } : { unknownWord: value.trim().toLowerCase() };
}

/**
 * The values of a slot value as Alexa sends them: a List holds Simple values. Read defensively, since a
 * request is only as well-formed as its sender made it: anything else in the list is no value.
 */
function valuesOf(slotValue: SlotValue | undefined, inList = false): HeardItem[] {
  if (typeof slotValue !== 'object' || slotValue === null) return [];
  if (slotValue.type === 'List') {
    return !inList && Array.isArray(slotValue.values) ? slotValue.values.flatMap((value) => valuesOf(value, true)) : [];
  }
  const words = typeof slotValue.value === 'string' ? slotValue.value.trim() : '';
  const slotId = matchedId(slotValue.resolutions);
  return words ? [{ words, ...(slotId === undefined ? {} : { slotId }) }] : [];
}

/**
 * Everything heard for the item slot: each value of a multiple-value slot ("milk, eggs and bread" arrives
 * as a list in the locales that have them), or the one value of an ordinary slot.
 */
export function itemValuesHeard(input: HandlerInput): HeardItem[] {
  const slot = slotOf(input, 'item');
  const listed = valuesOf(slot?.slotValue);
  if (listed.length > 0) return listed;
  const words = heard(input, 'item')?.trim();
  const slotId = resolvedId(slot);
  return words ? [{ words, ...(slotId === undefined ? {} : { slotId }) }] : [];
}

/** The quantity and unit slots, as the domain takes them. */
export function slotAmount(quantity: QuantityReading, unit: UnitReading): SlotAmount {
  return {
    ...(quantity.ok && quantity.quantity !== undefined ? { quantity: quantity.quantity } : {}),
    ...(unit.unit === undefined ? {} : { unit: unit.unit }),
    ...(unit.unknownWord === undefined ? {} : { unknownUnitWord: unit.unknownWord }),
  };
}
