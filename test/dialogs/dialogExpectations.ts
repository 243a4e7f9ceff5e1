/**
 * The expected answers beside each dialog script (`<name>.expected.json`): per turn, what the speech must
 * contain (plain substrings, or `/regex/`), must not contain, whether the session ends and whether the
 * screen was drawn on.
 */
import type { JsonTurn } from '../../tools/simulator/transcript';

export interface ExpectedTurn {
  readonly user: string;
  /** The request type or intent name the skill received. */
  readonly request?: string;
  readonly confirmationStatus?: 'NONE' | 'CONFIRMED' | 'DENIED';
  readonly speech?: readonly string[];
  readonly notSpeech?: readonly string[];
  readonly card?: readonly string[];
  readonly sessionEnded?: boolean;
  /** Whether the response drew on the screen (an APL RenderDocument directive). */
  readonly apl?: boolean;
}

export interface ExpectedDialog {
  /** Run the script on an Echo Show-like device (as `--screen`), so APL can be expected. */
  readonly screen?: boolean;
  readonly turns: readonly ExpectedTurn[];
}

/** Typographic apostrophes in the locale strings match plain ones in the scripts. */
const plain = (text: string) => text.replace(/[\u2018\u2019]/g, "'");

function contains(text: string, pattern: string): boolean {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return regex ? new RegExp(regex[1] as string, regex[2]).test(plain(text)) : plain(text).includes(plain(pattern));
}

/** Every way the turn differs from what was expected; empty when it is as expected. */
export function differences(turn: JsonTurn, expected: ExpectedTurn): string[] {
  const problems: string[] = [];
  const where = `"${turn.user}"`;
  if (turn.user !== expected.user) problems.push(`${where}: the script says "${expected.user}" here`);
  for (const error of turn.errors) problems.push(`${where}: ${error}`);
  const received = turn.request?.intent ?? turn.request?.type ?? 'nothing';
  if (expected.request && received !== expected.request) {
    problems.push(`${where}: the skill received ${received}, expected ${expected.request}`);
  }
  if (expected.confirmationStatus && turn.request?.confirmationStatus !== expected.confirmationStatus) {
    problems.push(
      `${where}: confirmationStatus ${turn.request?.confirmationStatus}, expected ${expected.confirmationStatus}`,
    );
  }
  const speech = turn.speech ?? '';
  for (const pattern of expected.speech ?? []) {
    if (!contains(speech, pattern)) problems.push(`${where}: speech "${speech}" lacks ${pattern}`);
  }
  for (const pattern of expected.notSpeech ?? []) {
    if (contains(speech, pattern)) problems.push(`${where}: speech "${speech}" should not have ${pattern}`);
  }
  const card = turn.card ? `${turn.card.title}\n${turn.card.text}` : '';
  for (const pattern of expected.card ?? []) {
    if (!contains(card, pattern)) problems.push(`${where}: card "${card}" lacks ${pattern}`);
  }
  if (expected.sessionEnded !== undefined && turn.sessionEnded !== expected.sessionEnded) {
    problems.push(`${where}: the session ${turn.sessionEnded ? 'ended' : 'stayed open'}`);
  }
  if (expected.apl !== undefined && turn.apl !== expected.apl) {
    problems.push(`${where}: ${turn.apl ? 'an APL document was rendered' : 'no APL document was rendered'}`);
  }
  return problems;
}
