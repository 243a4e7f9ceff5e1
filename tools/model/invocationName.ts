/**
 * Amazon's rules for a custom skill's invocation name (developer.amazon.com, "Choose the Invocation Name for
 * a Custom Skill"), as far as text can show them: whether a name is distinctive, or someone else's brand, is
 * for the deployer and certification to judge.
 */

/** Connecting words Alexa reserves: a name made only of them is refused. */
const CONNECTING_WORDS = new Set([
  'the',
  'a',
  'an',
  'for',
  'to',
  'of',
  'by',
  'from',
  'in',
  'using',
  'with',
  'about',
  'that',
  'if',
  'and',
  'whether',
  'on',
  'my',
]);

/** A two-word name may not include an article or one of these prepositions. */
const NOT_IN_TWO_WORDS = new Set(['the', 'a', 'an', 'for', 'to', 'of']);

/** Wake words, "skill"/"app", and the launch phrases people say before the name. */
const FORBIDDEN_WORDS = new Set([
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'ask',
  'tell',
  'open',
  'launch',
  'start',
  'begin',
  'load',
  'run',
  'enable',
  'play',
  'resume',
  'use',
]);

/** A lower-case word, with a possessive apostrophe ("sam's"), or one letter of an initialism ("b."). */
const WORD = /^(?:[a-z]+(?:'[a-z]+)?|[a-z]\.)$/;

/** What Amazon would refuse in `name`, one sentence each; empty when the name passes. */
export function invocationNameProblems(name: string): string[] {
  const problems: string[] = [];
  const words = name.split(' ');
  if (words.some((word) => !WORD.test(word))) {
    problems.push(
      `invocation name "${name}" may hold only lower-case letters, single spaces, possessive apostrophes ` +
        `and the periods of initialisms (spell numbers out: "twenty one")`,
    );
  }
  if (words.length < 2) problems.push(`invocation name "${name}" needs two or more words`);
  if (words.every((word) => CONNECTING_WORDS.has(word)))
    problems.push(`invocation name "${name}" is only connecting words`);
  if (words.length === 2 && words.some((word) => NOT_IN_TWO_WORDS.has(word)))
    problems.push(`invocation name "${name}" has two words, so it may not use "the", "a", "an", "for", "to" or "of"`);
  const forbidden = words.filter((word) => FORBIDDEN_WORDS.has(word));
  if (forbidden.length > 0)
    problems.push(`invocation name "${name}" may not contain a wake word or launch word (${forbidden.join(', ')})`);
  return problems;
}
