import { buildSkill } from '../../../../lambda/skill';
import type { StoreConfig } from '../../../../lambda/store/config';
import { createSimulator } from '../../../../tools/simulator/createSimulator';

/** An Echo of one account, through the local simulator and the real skill, on the page's own table. */
export function echoOf(config: StoreConfig, userId: string, options: { phonePageUrl?: string } = {}) {
  const locale = 'en-GB';
  const skill = buildSkill({ storeConfig: config, phonePageUrl: options.phonePageUrl });
  const simulator = createSimulator({ invoke: (envelope) => skill.invoke(envelope), locale, userId }, {});
  return {
    /** What Alexa says to a one-shot request ("ask my trolley to …"). */
    async say(words: string): Promise<string> {
      return (await this.turn(words)).speech ?? '';
    },
    /** The whole turn, card included. */
    async turn(words: string) {
      const turn = await simulator.say(words);
      if (turn.errors.length > 0) throw new Error(`"${words}": ${turn.errors.join('; ')}`);
      await simulator.endSession();
      return turn;
    },
  };
}
