import { parseArgs } from 'node:util';
import { SIMULATOR_OPTIONS, simulatorArgsOf } from '../../../tools/simulator/cliOptions';

function argsOf(...argv: string[]) {
  const { values } = parseArgs({ args: argv, options: SIMULATOR_OPTIONS, strict: true });
  return simulatorArgsOf(values);
}

describe('where the simulator keeps trolleys', () => {
  it('runs a replay on a fresh, empty DynamoDB Local, so it never changes the trolley kept for npm start', () => {
    expect(argsOf('--replay', 'dialog.json').storage).toEqual({ memory: true });
  });

  it('runs a replay on the kept trolleys with --saved, or where --data, --endpoint or --region says', () => {
    expect(argsOf('--replay', 'dialog.json', '--saved').storage).toEqual({});
    expect(argsOf('--replay', 'dialog.json', '--data', '/tmp/trolleys').storage).toEqual({ dataDir: '/tmp/trolleys' });
    expect(argsOf('--replay', 'dialog.json', '--endpoint', 'http://localhost:8000').storage).toEqual({
      endpoint: 'http://localhost:8000',
    });
  });

  it('keeps the trolley between interactive sessions', () => {
    expect(argsOf().storage).toEqual({});
  });

  it('refuses --saved without a replay', () => {
    expect(() => argsOf('--saved')).toThrow('--saved needs --replay FILE');
  });
});

describe('the card', () => {
  it('is shown only with --card', () => {
    expect(argsOf().card).toBe(false);
    expect(argsOf('--card').card).toBe(true);
  });
});
