import { spawnSync } from 'node:child_process';

export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Runs git in `repo` and returns its trimmed output; throws GitError with git's own message on failure. */
export function git(repo: string, args: readonly string[]): string {
  const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) {
    const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
    throw new GitError(`git ${args.join(' ')} failed${said ? `:\n${said}` : ''}`);
  }
  return (result.stdout ?? '').trim();
}

/** Like git(), but git talks to the terminal: pushes may ask for credentials and show progress. */
export function gitInteractive(repo: string, args: readonly string[]): void {
  const result = spawnSync('git', ['-C', repo, ...args], { stdio: 'inherit' });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** The commit `repo` is at, short, with "-dirty" when it has uncommitted changes; undefined outside a repository. */
export function describeHead(repo: string): string | undefined {
  try {
    const head = git(repo, ['rev-parse', '--short', 'HEAD']);
    return git(repo, ['status', '--porcelain']) ? `${head}-dirty` : head;
  } catch {
    return undefined;
  }
}
