import { benchCommand } from '../../bench/run';
import { iconsCommand } from '../../tools/assets/icons';
import { buildCommand } from '../../tools/build/bundle';
import { runCommand, UsageError, type Command, type CommandOutput, type OptionsConfig } from '../../tools/command';
import { deployHostedCommand } from '../../tools/deploy/hosted';
import { privacyUrlCommand } from '../../tools/deploy/privacyPolicy';
import { serveCommand } from '../../tools/endpoint/serve';
import { generateModelCommand } from '../../tools/model/generate';
import { lintModelCommand } from '../../tools/model/lint';
import { simulatorCommand } from '../../tools/simulator/cli';

/** Runs a command in this process and keeps what it printed. */
async function run<O extends OptionsConfig>(command: Command<O>, argv: readonly string[]) {
  const printed = { out: [] as string[], err: [] as string[] };
  const output: CommandOutput = { out: (text) => printed.out.push(text), err: (text) => printed.err.push(text) };
  const code = await runCommand(command, argv, output);
  return { code, out: printed.out.join('\n'), err: printed.err.join('\n') };
}

class RefusedError extends Error {}

const ran: string[][] = [];
const example: Command<{ check: { type: 'boolean' }; out: { type: 'string' } }> = {
  name: 'npm run example',
  usage: 'Usage: npm run example [-- --check] [--out FILE]',
  options: { check: { type: 'boolean' }, out: { type: 'string' } },
  userErrors: [RefusedError],
  run(values, positionals) {
    ran.push([JSON.stringify(values), ...positionals]);
    if (values.out === 'bad') throw new UsageError('--out cannot be "bad"');
    if (values.out === 'refused') throw new RefusedError('the bundle has aws-sdk v2 in it');
    if (values.out === 'bug') throw new TypeError('x is undefined');
    return values.check ? 1 : 0;
  },
};

describe('the command runner', () => {
  beforeEach(() => (ran.length = 0));

  it('--help and -h print the usage on stdout, exit 0, and run nothing', async () => {
    for (const flag of ['--help', '-h']) {
      expect(await run(example, [flag])).toEqual({ code: 0, out: example.usage, err: '' });
    }
    expect(ran).toEqual([]);
  });

  it('runs with the options parsed, and exits with what the command returns', async () => {
    expect((await run(example, ['--out', 'x.zip'])).code).toBe(0);
    expect((await run(example, ['--check'])).code).toBe(1);
    expect(ran).toEqual([['{"out":"x.zip"}'], ['{"check":true}']]);
  });

  it.each([
    [['--no-such-option'], /Unknown option '--no-such-option'/],
    [['--out'], /--out <value>' argument missing/],
    [['stray'], /unexpected argument 'stray'/],
    [['--out', 'bad'], /--out cannot be "bad"/],
  ])('%j is a usage error: what is wrong, then the usage, on stderr, exit 2', async (argv, message) => {
    const result = await run(example, argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
    expect(result.err.startsWith('npm run example: ')).toBe(true);
    expect(result.err.endsWith(`\n\n${example.usage}`)).toBe(true);
  });

  it("a user's error is one line with no stack; anything else is a bug and shows its stack; both exit 1", async () => {
    expect(await run(example, ['--out', 'refused'])).toEqual({
      code: 1,
      out: '',
      err: 'npm run example: the bundle has aws-sdk v2 in it',
    });
    const bug = await run(example, ['--out', 'bug']);
    expect(bug.code).toBe(1);
    expect(bug.err).toMatch(/^npm run example: TypeError: x is undefined\n\s+at /);
  });
});

describe('every command-line entry point runs through it', () => {
  /** Each entry point's name and a way to run it, typed per command. */
  const entry = <O extends OptionsConfig>(command: Command<O>) =>
    [command.name, (argv: readonly string[]) => run(command, argv)] as const;
  const commands = [
    entry(simulatorCommand),
    entry(serveCommand),
    entry(lintModelCommand),
    entry(generateModelCommand),
    entry(iconsCommand),
    entry(privacyUrlCommand),
    entry(buildCommand),
    entry(deployHostedCommand),
    entry(benchCommand),
  ];

  it.each(commands)('%s: --help says how to run it; an unknown option is exit 2', async (name, runIt) => {
    const help = await runIt(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage:|\nUsage:/);
    expect(help.out).toContain(name);
    const unknown = await runIt(['--no-such-option']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(new RegExp(`^${name}: Unknown option '--no-such-option'`));
  });

  it('a missing required argument is a usage error, before anything is done', async () => {
    expect((await run(deployHostedCommand, [])).err).toMatch(/^npm run deploy:hosted: --repo is required\n\nUsage:/);
    expect((await run(privacyUrlCommand, [])).code).toBe(2);
    expect((await run(simulatorCommand, ['--json'])).err).toMatch(/^npm start: --json needs --replay FILE/);
    expect((await run(serveCommand, ['--port', 'eighty'])).code).toBe(2);
    expect((await run(buildCommand, ['--target', 'node8'])).err).toMatch(/unknown --target "node8"/);
  });
});
