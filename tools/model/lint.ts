/**
 * `npm run lint:model`: checks every locale's interaction model (see modelLint.ts for what is checked)
 * and exits non-zero when any has errors.
 */
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runAsMain, type Command, type ParsedOptions } from '../command';
import { handledIntents } from './handlerScan';
import { DEFAULT_MODEL_DIR, loadModel, modelPath } from '../alexa/interactionModel';
import { lintModel } from './modelLint';

const OPTIONS = {
  model: { type: 'string' },
  lambda: { type: 'string' },
  locale: { type: 'string', multiple: true },
} as const;

function lint(values: ParsedOptions<typeof OPTIONS>): number {
  const modelDir = resolve(values.model ?? DEFAULT_MODEL_DIR);
  const lambdaDir = resolve(values.lambda ?? resolve(__dirname, '../../lambda'));
  let locales = values.locale ?? [];
  if (locales.length === 0) {
    try {
      locales = readdirSync(modelDir)
        .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
        .map((file) => file.replace(/\.json$/, ''))
        .sort();
    } catch {
      locales = [];
    }
  }
  if (locales.length === 0) {
    console.error(`No interaction models in ${modelDir}`);
    return 1;
  }
  const handled = handledIntents(lambdaDir);
  if (handled.size === 0) console.log(`(no intent handlers found in ${lambdaDir}: not checking handlers)`);

  let errors = 0;
  let warnings = 0;
  for (const locale of locales) {
    const findings = lintModel(loadModel(locale, modelDir), handled.size > 0 ? handled : undefined, locale);
    console.log(`${locale} (${relative(process.cwd(), modelPath(locale, modelDir))})`);
    if (findings.length === 0) console.log('  ok');
    for (const finding of findings) {
      console.log(`  ${finding.level === 'error' ? 'error  ' : 'warning'} ${finding.message}`);
      if (finding.level === 'error') errors += 1;
      else warnings += 1;
    }
  }
  console.log(`\n${errors} errors, ${warnings} warnings in ${locales.length} locales.`);
  return errors > 0 ? 1 : 0;
}

export const lintModelCommand: Command<typeof OPTIONS> = {
  name: 'npm run lint:model',
  usage: `Usage: npm run lint:model [-- --locale en-GB] [--model DIR] [--lambda DIR]

Checks each interaction model for samples another intent would take, identical samples, samples that do not
parse back to their own intent and slots, unused or undeclared slot types, intents no handler answers,
multiple-value slots in a locale Alexa has none in, and an invocation name Amazon's rules refuse. Exits 1
when any model has errors.`,
  options: OPTIONS,
  run: lint,
};

if (require.main === module) runAsMain(lintModelCommand);
