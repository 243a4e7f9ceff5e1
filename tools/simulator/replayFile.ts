/**
 * The ASK CLI dialog replay format, `{ skillId, locale, type: "text", userInput: [...] }`: what
 * `ask dialog --replay` reads and `.record` writes, so one script runs locally and against Alexa.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface ReplayFile {
  readonly skillId: string;
  readonly locale: string;
  readonly type: 'text';
  readonly userInput: readonly string[];
}

/** `.new` in userInput starts a fresh session: a local extension, which `ask dialog` would say aloud. */
export const NEW_SESSION_MARKER = '.new';

export function parseReplay(text: string, source = 'replay file'): ReplayFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const file = data as Partial<Record<keyof ReplayFile, unknown>>;
  const problems: string[] = [];
  if (typeof file !== 'object' || file === null) problems.push('it must be an object');
  else {
    if (typeof file.skillId !== 'string') problems.push('"skillId" must be a string');
    if (typeof file.locale !== 'string' || !/^[a-z]{2}-[A-Z]{2}$/.test(file.locale))
      problems.push('"locale" must be a locale such as "en-GB"');
    if (file.type !== 'text') problems.push('"type" must be "text"');
    if (!Array.isArray(file.userInput) || file.userInput.some((line) => typeof line !== 'string'))
      problems.push('"userInput" must be an array of strings');
  }
  if (problems.length > 0) throw new Error(`${source} is not an ASK CLI replay file: ${problems.join('; ')}`);
  return file as ReplayFile;
}

export function readReplay(path: string): ReplayFile {
  return parseReplay(readFileSync(path, 'utf8'), path);
}

/** In the key order and indentation `ask dialog`'s `.record` writes. */
export function formatReplay(replay: ReplayFile): string {
  const ordered: ReplayFile = {
    skillId: replay.skillId,
    locale: replay.locale,
    type: 'text',
    userInput: [...replay.userInput],
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function writeReplay(path: string, replay: ReplayFile): void {
  writeFileSync(path, formatReplay(replay));
}
