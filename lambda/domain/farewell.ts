import { normaliseSpoken } from '../catalogue';

/** Words that are talk, not groceries: "okay", "thanks", "that's all". */
const TALK = new Set([
  'ok',
  'okay',
  'alright',
  'right',
  'no',
  'nope',
  'nah',
  'thats',
  'all',
  'it',
  'for',
  'now',
  'you',
  'very',
  'much',
  'so',
  'great',
  'lovely',
  'perfect',
  'then',
]);
/** Of those, the ones that close a conversation. */
const GOODBYES = new Set(['bye', 'goodbye', 'thanks', 'thank', 'cheers', 'ta', 'later', 'see']);

/**
 * True when what was heard as an item is a goodbye ("ok bye bye", "thanks very much", "cheers then"):
 * every word is talk and one of them takes leave. While Alexa listens for an item after "Anything else?",
 * words no sample fits arrive as an item, and a goodbye must end the conversation, not be added.
 */
export function isGoodbye(heard: readonly string[]): boolean {
  const words = heard.flatMap((value) => normaliseSpoken(value).split(' ')).filter(Boolean);
  return (
    words.length > 0 &&
    words.some((word) => GOODBYES.has(word)) &&
    words.every((word) => GOODBYES.has(word) || TALK.has(word))
  );
}
