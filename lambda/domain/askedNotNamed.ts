import { normaliseSpoken } from '../catalogue';

/** First words that ask the skill something; no grocery starts with them. */
const QUESTION_WORDS = new Set(['how', 'what', 'whats', 'where', 'wheres', 'when', 'why', 'who', 'whos', 'which']);

/** Two-word openings that ask or tell the skill ("can you …", "tell me …"); "can of beans" stays an item. */
const ASKING_OPENINGS = new Set([
  'can you',
  'can i',
  'could you',
  'could i',
  'would you',
  'will you',
  'do you',
  'do i',
  'did you',
  'tell me',
  'show me',
  'is there',
  'are there',
  'have i',
]);

/**
 * True when what was heard as an item is a question or a request to the skill ("how can I see the trolley on
 * my phone", "can you read it out"). While Alexa listens for an item after "Anything else?", words no sample
 * fits arrive as an item; a question must be answered as not understood, not put in the trolley.
 */
export function isAskedNotNamed(heard: readonly string[]): boolean {
  return heard.some((value) => {
    const words = normaliseSpoken(value).split(' ').filter(Boolean);
    const [first, second] = words;
    if (first === undefined) return false;
    return QUESTION_WORDS.has(first) || (second !== undefined && ASKING_OPENINGS.has(`${first} ${second}`));
  });
}
