import fc from 'fast-check';
import { buildSkill } from '../../lambda/skill';
import { MemoryTrolleyStore, type MemoryItem } from '../support/memoryStore';
import { intentRequest, SKILL_ID } from '../support/requests';
import { spoken } from '../support/speech';
import { expectBoundedItem, expectValidAlexaResponse } from './support/alexaResponse';
import { hostileEnvelope } from './support/hostileEnvelopes';
import { answerIsValid, conversation, USER } from './support/hostileConversation';

/**
 * Whatever arrives, Alexa gets a valid answer and the store keeps only bounded, sensible data. Properties run
 * many times here against a store in memory (what the codec would write), and fewer times against DynamoDB
 * Local in hostile-input.integration.test.ts.
 */
describe('hostile requests against a store in memory', () => {
  const table = new Map<string, MemoryItem>();
  let store: MemoryTrolleyStore;

  beforeEach(() => {
    table.clear();
    store = new MemoryTrolleyStore(table);
  });

  it('every answer is a valid Alexa response, and every stored trolley stays bounded', async () => {
    await fc.assert(
      fc.asyncProperty(conversation, async (envelopes) => {
        table.clear();
        const skill = buildSkill({ skillId: SKILL_ID, store });
        for (const envelope of envelopes) {
          await answerIsValid((request) => skill.invoke(request), envelope);
          for (const item of table.values()) expectBoundedItem({ ...item });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a full trolley never grows past its bound, whatever is added', async () => {
    const full = Array.from({ length: 200 }, (_, index) => ({
      key: `said:thing ${index}`,
      name: `thing ${index}`,
      countable: false,
      aisle: 'other',
    }));
    await fc.assert(
      fc.asyncProperty(hostileEnvelope(USER), async (envelope) => {
        table.set(USER, { id: USER, attributes: { schema: 1, trolley: { lines: full } } });
        await answerIsValid((request) => buildSkill({ store }).invoke(request), envelope);
        expectBoundedItem({ ...table.get(USER) });
      }),
      { numRuns: 60 },
    );
  });

  it('markup in an item name is read out as text, never as SSML', async () => {
    const skill = buildSkill({ store });
    const response = await skill.invoke(intentRequest('AddItemIntent', { item: 'M&S <b>"best"</b> crisps' }));
    expectValidAlexaResponse(response);
    expect(spoken(response)).toMatch(/^Added m and s b best b crisps\./);
  });

  /*
   * BUG (lambda/handlers/slots.ts quantityHeard, lambda/domain/trolley.ts isValidQuantity/tidy/addQuantities):
   * any positive number is accepted, a new line keeps it unrounded, and merging rounds to two decimals, so
   * "add 0.001 lentils" twice stores a line of 0 lentils and Alexa says "That's 0 lentils now". Found with
   * the property below before its quantities were kept to 0.01 and up.
   */
  it('a tiny quantity added twice never leaves a line of nothing', async () => {
    const skill = buildSkill({ store });
    await skill.invoke(intentRequest('AddItemIntent', { item: 'lentils', quantity: '0.001' }, { userId: USER }));
    const second = await skill.invoke(
      intentRequest('AddItemIntent', { item: 'lentils', quantity: '0.001' }, { userId: USER }),
    );
    expect(spoken(second)).not.toMatch(/\b0 lentils/);
    expectBoundedItem({ ...table.get(USER) });
  });

  /* BUG (lambda/domain/trolley.ts removeItem, line 166-167): same rounding; "remove 0.999" of 1 leaves 0. */
  it('taking out nearly all of a line never leaves a line of nothing', async () => {
    const skill = buildSkill({ store });
    await skill.invoke(intentRequest('AddItemIntent', { item: 'lentils', quantity: '1' }, { userId: USER }));
    const removed = await skill.invoke(
      intentRequest('RemoveItemIntent', { item: 'lentils', quantity: '0.999' }, { userId: USER }),
    );
    expect(spoken(removed)).not.toMatch(/\b0 lentils left/);
    expectBoundedItem({ ...table.get(USER) });
  });

  it('a request for another skill is refused before anything is read', async () => {
    const skill = buildSkill({ skillId: SKILL_ID, store });
    await fc.assert(
      fc.asyncProperty(hostileEnvelope(USER), fc.string(), async (envelope, otherId) => {
        fc.pre(otherId !== SKILL_ID);
        envelope.context.System.application = { applicationId: otherId };
        await expect(skill.invoke(envelope)).rejects.toThrow(/verification failed/i);
      }),
      { numRuns: 100 },
    );
    expect(store.reads).toBe(0);
  });
});
