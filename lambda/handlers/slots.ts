import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { identifyItem, type IdentifyResult } from '../domain/item';
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
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') {
      const id = authority.values?.[0]?.value?.id;
      if (id) return id;
    }
  }
  return undefined;
}

export type QuantityReading = { readonly ok: true; readonly quantity?: number } | { readonly ok: false };

/** AMAZON.NUMBER arrives as digits ("2", "1.5"), or "?" when Alexa heard a number it could not read. */
export function quantityHeard(input: HandlerInput): QuantityReading {
  const value = heard(input, 'quantity');
  if (value === undefined) return { ok: true };
  const quantity = Number(value.trim());
  return Number.isFinite(quantity) && quantity > 0 ? { ok: true, quantity } : { ok: false };
}

export interface UnitReading {
  readonly unit?: UnitId;
  /** A unit word the skill does not know ("sachets"): kept as part of the item so nothing said is lost. */
  readonly unknownWord?: string;
}

export function unitHeard(input: HandlerInput): UnitReading {
  const slot = slotOf(input, 'unit');
  const value = heard(input, 'unit');
  if (value === undefined) return {};
  const id = resolvedId(slot);
  const unit = id && isUnitId(id) ? id : unitFromWord(value);
  return unit ? { unit } : { unknownWord: value.trim().toLowerCase() };
}

/** The item a person named, with the unit folded in when it was a word the skill doesn't know. */
export function itemHeard(input: HandlerInput, locale: string, unit: UnitReading): IdentifyResult | undefined {
  const spoken = heard(input, 'item');
  if (spoken === undefined) return undefined;
  const slotId = resolvedId(slotOf(input, 'item'));
  if (unit.unknownWord) return identifyItem(`${unit.unknownWord} of ${spoken}`, undefined, locale);
  return identifyItem(spoken, slotId, locale);
}
