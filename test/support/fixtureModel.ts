import { join } from 'node:path';
import { compileModel, type CompiledModel } from '../../tools/alexa/compiledModel';
import { loadModel, type InteractionModel } from '../../tools/alexa/interactionModel';

/** A small model of our own, so the simulator's tests don't depend on the generated ones. */
export const FIXTURE_MODEL_DIR = join(__dirname, 'interactionModels');

export function fixtureModel(locale = 'en-GB'): InteractionModel {
  return loadModel(locale, FIXTURE_MODEL_DIR);
}

export function compiledFixture(locale = 'en-GB'): CompiledModel {
  return compileModel(fixtureModel(locale));
}
