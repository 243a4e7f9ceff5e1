import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const modelsDir = join(root, 'skill-package', 'interactionModels', 'custom');
const handlersDir = join(root, 'lambda', 'handlers');

/** Intent names the handlers answer, read from their `isIntent(input, 'Name', …)` checks. */
function handledIntents(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(handlersDir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(handlersDir, file), 'utf8');
    for (const call of source.matchAll(/isIntent\(input,([^)]*)\)/g)) {
      for (const name of (call[1] ?? '').matchAll(/'([A-Za-z.]+)'/g)) names.add(name[1] ?? '');
    }
  }
  return names;
}

function modelIntents(file: string): Set<string> {
  const model = JSON.parse(readFileSync(join(modelsDir, file), 'utf8')) as {
    interactionModel: { languageModel: { intents: { name: string }[] } };
  };
  return new Set(model.interactionModel.languageModel.intents.map((intent) => intent.name));
}

describe('interaction models and handlers agree', () => {
  const handled = handledIntents();
  const locales = readdirSync(modelsDir).filter((name) => name.endsWith('.json'));

  it('finds the handlers and all five locales', () => {
    expect(handled).toContain('AddItemIntent');
    expect(locales.sort()).toEqual(['en-AU.json', 'en-CA.json', 'en-GB.json', 'en-IN.json', 'en-US.json']);
  });

  it.each(locales)('every intent in %s has a handler', (file) => {
    const unhandled = [...modelIntents(file)].filter((intent) => !handled.has(intent));
    expect(unhandled).toEqual([]);
  });

  it.each(locales)('every intent a handler answers exists in %s', (file) => {
    const intents = modelIntents(file);
    expect([...handled].filter((intent) => !intents.has(intent))).toEqual([]);
  });
});
