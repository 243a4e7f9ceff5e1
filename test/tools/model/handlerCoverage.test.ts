import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttributesManagerFactory, ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import { unhandledHandler } from '../../../lambda/handlers/errors';
import { CUSTOM_INTENTS, INTENT_NAMES, ITEM_INTENTS } from '../../../lambda/handlers/intents';
import { createLogger } from '../../../lambda/logging';
import { requestHandlers, storeOnlyHouseholds } from '../../../lambda/skill';
import { MemoryTrolleyStore } from '../../support/memoryStore';
import { intentRequest } from '../../support/requests';

const modelsDir = join(__dirname, '..', '..', '..', 'skill-package', 'interactionModels', 'custom');

interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly { readonly name: string }[];
}

function modelIntents(file: string): readonly ModelIntent[] {
  const model = JSON.parse(readFileSync(join(modelsDir, file), 'utf8')) as {
    interactionModel: { languageModel: { intents: ModelIntent[] } };
  };
  return model.interactionModel.languageModel.intents;
}

/** The handler the skill would give an IntentRequest of this name: the first whose canHandle says yes. */
function handlerFor(name: string) {
  const store = new MemoryTrolleyStore();
  const userKey = () => 'user';
  const households = storeOnlyHouseholds(store);
  const handlers = requestHandlers(
    { store, userKey },
    { store, userKey, households, phonePageUrl: undefined },
    createLogger(),
  );
  const requestEnvelope = intentRequest(name);
  const input: HandlerInput = {
    requestEnvelope,
    context: undefined,
    attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    responseBuilder: ResponseFactory.init(),
  };
  return handlers.find((handler) => handler.canHandle(input));
}

describe('interaction models, the intent table and the handlers agree', () => {
  const locales = readdirSync(modelsDir).filter((name) => name.endsWith('.json'));

  it('finds all five locales', () => {
    expect(locales.sort()).toEqual(['en-AU.json', 'en-CA.json', 'en-GB.json', 'en-IN.json', 'en-US.json']);
  });

  it.each(locales)('%s holds exactly the intents of the table', (file) => {
    expect(modelIntents(file).map((intent) => intent.name)).toEqual([...INTENT_NAMES]);
  });

  it.each([...INTENT_NAMES])('%s has a handler of its own', (name) => {
    const handler = handlerFor(name);
    expect(handler).toBeDefined();
    expect(handler).not.toBe(unhandledHandler);
  });

  it('an intent outside the table reaches only the catch-all', () => {
    expect(handlerFor('AMAZON.PauseIntent')).toBe(unhandledHandler);
  });

  it.each(locales)('%s gives each item intent the slots the skill listens for after a question', (file) => {
    const intents = new Map(modelIntents(file).map((intent) => [intent.name, intent]));
    for (const name of ITEM_INTENTS) {
      expect({ name, slots: intents.get(name)?.slots?.map((slot) => slot.name) }).toEqual({
        name,
        slots: [...CUSTOM_INTENTS[name]],
      });
    }
  });
});
