/** The command-line options of `npm start` and `npm run dialog`. */
import { SUPPORTED_LOCALES } from '../../lambda/locales';
import { LOCAL_USER_ID } from '../alexa/requestEnvelope';
import { UsageError, type ParsedOptions } from '../command';
import { STORAGE_OPTIONS, storageChoiceOf, type StorageChoice } from '../local-skill/storage';
import { DEFAULT_PAGE_PORT } from '../phone/servePage';

export interface SimulatorArgs {
  readonly locale: string | undefined;
  readonly userId: string;
  readonly screen: boolean;
  readonly replay: string | undefined;
  readonly json: boolean;
  readonly modelDir: string | undefined;
  readonly storage: StorageChoice;
  /** Show the Alexa app card after each turn (`--card`); the JSON transcript always has it. */
  readonly card: boolean;
  /** Interactive only: the phone page's port, or undefined for no page (`--no-page`). */
  readonly pagePort: number | undefined;
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
  --saved            with --replay: run on the trolleys kept in --data (default: a fresh, empty DynamoDB Local)
  --card             show the card the Alexa app would get after each turn
  --memory           DynamoDB Local in memory: nothing kept (tests, CI)
  --data DIR         where DynamoDB Local keeps its data (default .local-data/dynamodb)
  --endpoint URL     use this DynamoDB instead of the embedded DynamoDB Local
  --table NAME       table name (default trolley, or DYNAMODB_PERSISTENCE_TABLE_NAME)
  --region REGION    the table's region; without --endpoint, the AWS DynamoDB of that region
  --model DIR        interaction models folder (default skill-package/interactionModels/custom)
  --page-port PORT   interactive: serve the phone page at http://localhost:PORT (default 8080)
  --no-page          interactive: no phone page
  --help             this text

In the interactive mode: .quit or .exit, .new (new session), .record FILE (save what you said as a
replay file), .touch WORDS (with --screen: touch the control on the line of the screen that says WORDS,
e.g. ".touch milk" presses the milk line's Remove), .scroll (with --screen: scroll the list to the rows
the skill has not sent yet), .help. Replay files may hold .new, .touch and .scroll lines too, and .user NAME
(what follows is said from another Alexa account) and {code} (the six-digit code Alexa said last).`;

export const SIMULATOR_OPTIONS = {
  locale: { type: 'string', short: 'l' },
  user: { type: 'string' },
  screen: { type: 'boolean', default: false },
  replay: { type: 'string', short: 'r' },
  json: { type: 'boolean', default: false },
  saved: { type: 'boolean', default: false },
  card: { type: 'boolean', default: false },
  model: { type: 'string' },
  'page-port': { type: 'string' },
  'no-page': { type: 'boolean', default: false },
  ...STORAGE_OPTIONS,
} as const;

export function simulatorArgsOf(values: ParsedOptions<typeof SIMULATOR_OPTIONS>): SimulatorArgs {
  if (values.json && !values.replay) throw new UsageError('--json needs --replay FILE');
  if (values.saved && !values.replay) throw new UsageError('--saved needs --replay FILE');
  const pagePort = Number(values['page-port'] ?? DEFAULT_PAGE_PORT);
  if (!Number.isInteger(pagePort) || pagePort < 0 || pagePort > 65_535) {
    throw new UsageError('--page-port needs a port number');
  }
  return {
    locale: values.locale,
    userId: values.user ?? LOCAL_USER_ID,
    screen: values.screen === true,
    replay: values.replay,
    json: values.json === true,
    modelDir: values.model,
    storage: storageChoiceOf({ ...values, memory: values.memory || replaysOnFreshTrolleys(values) }),
    card: values.card === true,
    pagePort: values['no-page'] || values.replay ? undefined : pagePort,
  };
}

/**
 * A replay is a script: run on a fresh DynamoDB Local it says the same every time, and it never changes the
 * trolley the person keeps for `npm start`. `--saved` runs it on that trolley; a DynamoDB named on the
 * command line is used as given.
 */
function replaysOnFreshTrolleys(values: ParsedOptions<typeof SIMULATOR_OPTIONS>): boolean {
  return values.replay !== undefined && !values.saved && !values.data && !values.endpoint && !values.region;
}
