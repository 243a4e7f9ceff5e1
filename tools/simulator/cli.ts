/**
 * `npm start` (interactive) and `npm run dialog -- --replay FILE`: the skill's Lambda entry, run in this
 * process against DynamoDB Local, talked to in the manner of `ask dialog`.
 */
import { createInterface } from 'node:readline';
import { runAsMain, type Command } from '../command';
import { SIMULATOR_OPTIONS, SIMULATOR_USAGE, simulatorArgsOf, type SimulatorArgs } from './cliOptions';
import { NEW_SESSION_MARKER, readReplay, writeReplay, type ReplayFile } from './replayFile';
import { createSimulator, runInputs, turnFailed } from './createSimulator';
import { SCROLL_COMMAND, TOUCH_COMMAND, type Simulator, type Turn } from './simulator';
import { loadSkillEntry } from '../local-skill/lambdaEntry';
import { openStorage, type Storage } from '../local-skill/storage';
import { formatTurn, toJsonTurn } from './transcript';
import { loadModel } from '../alexa/interactionModel';
import { noticeOlderNodeOnce } from '../nodeBaseline';
import type { RunningServer } from '../../lambda/phone/nodeServer';
import { startPhonePage } from '../phone/servePage';
import { INVOCATION_NAME } from '../../lambda/skillName';

const COMMANDS_HELP = `Commands:
  .new          end this session; the next thing you say starts a new one
  .record FILE  save what you have said so far as an ASK CLI replay file
  .touch WORDS  (--screen) touch the control on the line of the screen that says WORDS, e.g. .touch milk
  .scroll       (--screen) scroll the list to the rows not on screen yet, which the skill then sends
  .quit, .exit  end the session and leave (Ctrl-C or Ctrl-D too)
  .help         this text
Start with "open my trolley", or one-shot: "ask my trolley to add two tins of tuna".`;

export const simulatorCommand: Command<typeof SIMULATOR_OPTIONS> = {
  name: 'npm start',
  usage: SIMULATOR_USAGE,
  options: SIMULATOR_OPTIONS,
  // What stops it (a missing model, Java missing, a bad replay file) is said in the message alone.
  userErrors: [Error],
  run: (values) => simulate(simulatorArgsOf(values)),
};

async function simulate(args: SimulatorArgs): Promise<number> {
  const replay = args.replay ? readReplay(args.replay) : undefined;
  const locale = args.locale ?? replay?.locale ?? 'en-GB';
  loadModel(locale, args.modelDir); // fail before starting Java when the model is missing
  // The skill's structured logs would drown the transcript (and break --json); warnings still show.
  process.env.POWERTOOLS_LOG_LEVEL ??= args.json ? 'SILENT' : 'WARN';
  const info = (line: string) => (replay ? console.error(line) : console.log(line));
  noticeOlderNodeOnce(console.error);

  const storage = await openStorage(args.storage, process.env, info);
  const stopStorage = once(() => storage.stop());
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void stopStorage().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  info(`Trolleys are kept in ${storage.description}.`);
  let page: RunningServer | undefined;
  try {
    // Before the skill loads: it reads the page's address from its environment.
    if (args.pagePort !== undefined) {
      page = await startPhonePage(storage, args.pagePort);
      info(`The phone page is at ${page.address}: open it, then say "ask ${INVOCATION_NAME} to link" and its code.`);
    }
    const entry = await loadSkillEntry(storage);
    const simulator = createSimulator({
      invoke: (envelope) => entry.handler(envelope),
      locale,
      userId: args.userId,
      screen: args.screen,
      ...(replay ? { skillId: replay.skillId } : {}),
      ...(args.modelDir ? { modelDir: args.modelDir } : {}),
    });
    if (replay) {
      process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
      return await replayMode(simulator, replay, args);
    }
    return await interactiveMode(simulator, storage, args.card);
  } finally {
    await page?.stop();
    await stopStorage();
  }
}

async function replayMode(simulator: Simulator, replay: ReplayFile, args: SimulatorArgs): Promise<number> {
  const turns = await runInputs(simulator, replay.userInput);
  if (args.json) {
    console.log(JSON.stringify(turns.map(toJsonTurn), null, 2));
  } else {
    for (const turn of turns) {
      console.log(`User  > ${turn.user}`);
      for (const line of formatTurn(turn, { card: args.card })) console.log(line);
    }
  }
  const failed = turns.filter(turnFailed).length;
  if (failed > 0) console.error(`${failed} of ${turns.length} turns had errors.`);
  return failed > 0 ? 1 : 0;
}

async function interactiveMode(simulator: Simulator, storage: Storage, card: boolean): Promise<number> {
  const { locale, userId, screen } = simulator.caller;
  console.log(`Locale ${locale}, user ${userId}${screen ? ', a device with a screen' : ''}. Type .help for commands.`);
  const echo = !process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: !echo });
  rl.setPrompt('User  > ');
  rl.on('SIGINT', () => rl.close());
  // A terminal's Ctrl-C reaches readline; a signal from elsewhere ends the session just as cleanly.
  const closeOnSignal = () => rl.close();
  process.once('SIGTERM', closeOnSignal).once('SIGINT', closeOnSignal);
  let errors = 0;
  rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (echo) console.log(line);
      if (!line) {
        rl.prompt();
        continue;
      }
      if (line.startsWith('.')) {
        const result = await runCommand(simulator, line);
        if (result === 'quit') break;
        if (result) {
          if (turnFailed(result)) errors += 1;
          for (const output of formatTurn(result, { card })) console.log(output);
        }
      } else {
        const turn = await simulator.say(line);
        if (turnFailed(turn)) errors += 1;
        for (const output of formatTurn(turn, { card })) console.log(output);
      }
      rl.prompt();
    }
  } finally {
    process.removeListener('SIGTERM', closeOnSignal).removeListener('SIGINT', closeOnSignal);
    rl.close();
    await simulator.endSession();
    console.log(`\nBye. Your trolley is kept in ${storage.description}.`);
  }
  return errors > 0 && echo ? 1 : 0;
}

/** Runs a `.command`: 'quit' when it is time to leave, the turn when it sent the skill something. */
async function runCommand(simulator: Simulator, line: string): Promise<'quit' | Turn | undefined> {
  const [command, ...rest] = line.split(/\s+/);
  switch (command) {
    case '.quit':
    case '.exit':
      return 'quit';
    case TOUCH_COMMAND:
      return simulator.touch(rest.join(' '));
    case SCROLL_COMMAND:
      return simulator.scroll();
    case '.new': {
      const ended = await simulator.newSession();
      for (const error of ended?.errors ?? []) console.log(`ERROR > ${error}`);
      console.log('        (new session)');
      return undefined;
    }
    case '.record': {
      const file = rest.join(' ');
      if (!file) {
        console.log('Usage: .record FILE');
        return undefined;
      }
      const { skillId, locale } = simulator.caller;
      writeReplay(file, { skillId, locale, type: 'text', userInput: simulator.inputs });
      console.log(`        (recorded ${simulator.inputs.length} lines to ${file})`);
      if (
        simulator.inputs.some(
          (input) => input === NEW_SESSION_MARKER || input.startsWith(TOUCH_COMMAND) || input === SCROLL_COMMAND,
        )
      ) {
        console.log(
          '        (note: ".new", ".touch" and ".scroll" lines are understood only by this simulator; `ask dialog` would say them)',
        );
      }
      return undefined;
    }
    case '.help':
      console.log(COMMANDS_HELP);
      return undefined;
    default:
      console.log(`Unknown command ${command}. ${COMMANDS_HELP}`);
      return undefined;
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

if (require.main === module) runAsMain(simulatorCommand);
