/**
 * How every command-line entry point (npm start, dialog, serve, lint:model, generate:model, icons,
 * privacy-url, build, deploy:hosted, bench) reads its arguments and ends, so they all behave alike:
 * - `--help` or `-h` prints the usage on stdout: exit 0.
 * - An unknown option, an option without its value, a stray argument or a `UsageError` from the command
 *   says what is wrong, then the usage, on stderr: exit 2.
 * - The command's own result otherwise: 0 when it did what was asked, 1 when it found problems (a stale
 *   file, a lint error).
 * - An error the user can fix (one of the command's `userErrors`) prints `<name>: <message>`; any other
 *   error prints its stack as well, since it is a bug to report: exit 1.
 */
import { parseArgs } from 'node:util';

/** Options as `node:util` parseArgs takes them. */
export type OptionsConfig = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean | string[] }
>;

/** The options as `node:util` parses them for `options`. */
export type ParsedOptions<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values'];

/** Thrown by a command for arguments it cannot use (a missing `--repo`, a bad `--port`): exit 2. */
export class UsageError extends Error {}

export interface Command<O extends OptionsConfig> {
  /** As people type it, for messages: `npm run lint:model`. */
  readonly name: string;
  /** The whole `--help` text. */
  readonly usage: string;
  /** Its options; `--help`/`-h` is added. */
  readonly options: O;
  /** The most arguments besides options it takes (default none). */
  readonly maxPositionals?: number;
  /** Errors whose message says all a user needs: printed without a stack trace. */
  readonly userErrors?: readonly (abstract new (...args: never[]) => Error)[];
  run(values: ParsedOptions<O>, positionals: readonly string[]): number | Promise<number>;
}

/** Where a run writes; the console by default, something else in tests. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const CONSOLE: CommandOutput = { out: (text) => console.log(text), err: (text) => console.error(text) };

/** Runs `command` on `argv` and returns the exit code; never throws. */
export async function runCommand<O extends OptionsConfig>(
  command: Command<O>,
  argv: readonly string[],
  output: CommandOutput = CONSOLE,
): Promise<number> {
  const usageError = (message: string) => {
    output.err(`${command.name}: ${message}\n\n${command.usage}`);
    return 2;
  };
  let parsed: { values: ParsedOptions<O> & { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    }) as typeof parsed;
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (parsed.values.help) {
    output.out(command.usage);
    return 0;
  }
  const { help: _help, ...values } = parsed.values;
  if (parsed.positionals.length > (command.maxPositionals ?? 0)) {
    return usageError(`unexpected argument '${parsed.positionals[command.maxPositionals ?? 0]}'`);
  }
  try {
    return await command.run(values as ParsedOptions<O>, parsed.positionals);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    const known = (command.userErrors ?? []).some((kind) => error instanceof kind);
    const message = error instanceof Error ? error.message : String(error);
    output.err(known || !(error instanceof Error) ? `${command.name}: ${message}` : `${command.name}: ${error.stack}`);
    return 1;
  }
}

/**
 * The entry point's last line: runs `command` on the process's arguments and sets the exit code. With
 * `exit`, the process ends there and then (for commands that leave handles open, such as bench).
 */
export function runAsMain<O extends OptionsConfig>(command: Command<O>, options: { exit?: boolean } = {}): void {
  void runCommand(command, process.argv.slice(2)).then((code) => {
    if (options.exit) process.exit(code);
    process.exitCode = code;
  });
}
