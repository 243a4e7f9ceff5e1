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

/** Says each line in turn; `.new` ends the session, `.touch WORDS` touches the screen, `.scroll` scrolls it. Any session still open is ended at the end, as on `.quit`. */
export async function runInputs(simulator: Simulator, inputs: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const input of inputs) {
    const line = input.trim();
    if (line === NEW_SESSION_MARKER) await simulator.newSession();
    else if (line === TOUCH_COMMAND || line.startsWith(`${TOUCH_COMMAND} `))
      turns.push(await simulator.touch(line.slice(TOUCH_COMMAND.length)));
    else if (line === SCROLL_COMMAND) turns.push(await simulator.scroll());
    else turns.push(await simulator.say(input));
  }
  await simulator.endSession();
  return turns;
}

export const turnFailed = (turn: Turn) => turn.errors.length > 0;
