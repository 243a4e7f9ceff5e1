/** Command-line options shared by `npm start`, `npm run dialog` and `npm run serve`. */
import { parseArgs } from 'node:util';
import { SUPPORTED_LOCALES } from '../../lambda/locales';
import { LOCAL_USER_ID } from '../alexa/requestEnvelope';
import type { StorageChoice } from '../local-skill/storage';

export interface SimulatorArgs {
  readonly help: boolean;
  readonly locale: string | undefined;
  readonly userId: string;
  readonly screen: boolean;
  readonly replay: string | undefined;
  readonly json: boolean;
  readonly modelDir: string | undefined;
  readonly storage: StorageChoice;
}

/** "en-GB (default), en-US, …": the locales the skill serves, from the locale registry. */
const LOCALE_CHOICES = new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(
  SUPPORTED_LOCALES.map((locale) => (locale === 'en-GB' ? `${locale} (default)` : locale)),
);

export const SIMULATOR_USAGE = `Talk to the trolley skill locally, as with \`ask dialog\`.

Usage:
  npm start [-- options]                      interactive: type what you would say to Alexa
  npm run dialog -- --replay FILE [options]   run an ASK CLI replay file and print the transcript

Options:
  --locale LOCALE    ${LOCALE_CHOICES}; overrides the replay file's locale
  --user ID          the Alexa user id (default ${LOCAL_USER_ID}); another id is another household
  --screen           a device with a screen (APL supported, a viewport)
  --replay FILE      run the ASK CLI replay file {"skillId","locale","type":"text","userInput":[…]}
  --json             with --replay: print a JSON array, one object a turn (see docs/simulator.md)
  --memory           DynamoDB Local in memory: nothing kept (tests, CI)
  --data DIR         where DynamoDB Local keeps its data (default .local-data/dynamodb)
  --endpoint URL     use this DynamoDB instead of the embedded DynamoDB Local
  --table NAME       table name (default trolley, or DYNAMODB_PERSISTENCE_TABLE_NAME)
  --region REGION    the table's region; without --endpoint, the AWS DynamoDB of that region
  --model DIR        interaction models folder (default skill-package/interactionModels/custom)
  --help             this text

In the interactive mode: .quit or .exit, .new (new session), .record FILE (save what you said as a
replay file), .touch WORDS (with --screen: touch the control on the line of the screen that says WORDS,
e.g. ".touch milk" presses the milk line's Remove), .help. Replay files may hold .new and .touch lines too.`;

export function parseSimulatorArgs(argv: readonly string[]): SimulatorArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      locale: { type: 'string', short: 'l' },
      user: { type: 'string' },
      screen: { type: 'boolean', default: false },
      replay: { type: 'string', short: 'r' },
      json: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      data: { type: 'string' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      model: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.json && !values.replay) throw new Error('--json needs --replay FILE');
  return {
    help: values.help === true,
    locale: values.locale,
    userId: values.user ?? LOCAL_USER_ID,
    screen: values.screen === true,
    replay: values.replay,
    json: values.json === true,
    modelDir: values.model,
    storage: storageChoiceOf(values),
  };
}

export function storageChoiceOf(values: {
  memory?: boolean;
  data?: string;
  endpoint?: string;
  table?: string;
  region?: string;
}): StorageChoice {
  return {
    ...(values.memory ? { memory: true } : {}),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    ...(values.table ? { table: values.table } : {}),
    ...(values.region ? { region: values.region } : {}),
  };
}
