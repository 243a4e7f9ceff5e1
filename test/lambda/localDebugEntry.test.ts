import type { ResponseEnvelope } from 'ask-sdk-model';
import { handler } from '../../lambda/local-debug';
import { intentRequest } from '../support/requests';
import { spoken } from '../support/speech';

describe('the callback entry for ask run', () => {
  // Help needs no storage, so this runs on the default (unused) store settings.
  it('answers through the callback, as ask-sdk-local-debug expects', async () => {
    const response = await new Promise<ResponseEnvelope | undefined>((resolve, reject) =>
      handler(intentRequest('AMAZON.HelpIntent'), null, (error, answer) => (error ? reject(error) : resolve(answer))),
    );
    expect(spoken(response as ResponseEnvelope)).toMatch(/^I keep your shopping trolley\./);
  });
});
