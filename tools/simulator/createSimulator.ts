/** Builds a simulator for one locale and user around a skill entry: shared by the CLI and the tests. */
import { compileModel } from '../alexa/compiledModel';
import { LOCAL_SKILL_ID, LOCAL_USER_ID } from '../alexa/requestEnvelope';
import { loadModel } from '../alexa/interactionModel';
import { NEW_SESSION_MARKER } from './replayFile';
import { SCROLL_COMMAND, Simulator, TOUCH_COMMAND, type Invoke, type Turn } from './simulator';

export interface SimulatorSetup {
  readonly invoke: Invoke;
  readonly locale: string;
  readonly userId?: string;
  readonly screen?: boolean;
  /** The id in the envelopes: SKILL_ID when set (the skill refuses others), else the replay file's. */
  readonly skillId?: string;
  readonly modelDir?: string;
}

export function createSimulator(setup: SimulatorSetup, env: NodeJS.ProcessEnv = process.env): Simulator {
  return new Simulator({
    invoke: setup.invoke,
    model: compileModel(loadModel(setup.locale, setup.modelDir)),
    caller: {
      skillId: env.SKILL_ID || setup.skillId || LOCAL_SKILL_ID,
      userId: setup.userId ?? LOCAL_USER_ID,
      locale: setup.locale,
      screen: setup.screen ?? false,
    },
  });
}

/**
 * `.user NAME` in a replay script: what follows is said from another Alexa account (the script's own user id
 * with `.NAME` after it), until `.user` alone switches back. A local extension, as `.new` is.
 */
export const USER_MARKER = '.user';

/** `{code}` in a line of a replay script: the six-digit code Alexa said last ("join {code}"). Local too. */
export const CODE_PLACEHOLDER = '{code}';

/**
 * Says each line in turn; `.new` ends the session, `.touch WORDS` touches the screen, `.scroll` scrolls it,
 * `.user NAME` changes account. Any session still open is ended at the end, as on `.quit`.
 */
export async function runInputs(simulator: Simulator, inputs: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  const accounts = new Map<string, Simulator>([['', simulator]]);
  let current = simulator;
  for (const input of inputs) {
    const line = input.trim();
    if (line === NEW_SESSION_MARKER) await current.newSession();
    else if (line === USER_MARKER || line.startsWith(`${USER_MARKER} `)) {
      await current.endSession();
      const name = line.slice(USER_MARKER.length).trim();
      current = accounts.get(name) ?? simulator.asUser(`${simulator.caller.userId}.${name}`);
      accounts.set(name, current);
    } else if (line === TOUCH_COMMAND || line.startsWith(`${TOUCH_COMMAND} `))
      turns.push(await current.touch(line.slice(TOUCH_COMMAND.length)));
    else if (line === SCROLL_COMMAND) turns.push(await current.scroll());
    else turns.push(await current.say(input.split(CODE_PLACEHOLDER).join(lastCodeSaid(turns) ?? CODE_PLACEHOLDER)));
  }
  for (const account of accounts.values()) await account.endSession();
  return turns;
}

/** The last six digits Alexa said in a row ("4 8 2, 9 1 3" or "482913"), run together. */
function lastCodeSaid(turns: readonly Turn[]): string | undefined {
  for (const turn of [...turns].reverse()) {
    const runs = (turn.speech ?? '').match(/\d(?:[\s,]*\d){5}(?![\s,]*\d)/g);
    const last = runs?.[runs.length - 1];
    if (last) return last.replace(/\D/g, '');
  }
  return undefined;
}

export const turnFailed = (turn: Turn) => turn.errors.length > 0;
