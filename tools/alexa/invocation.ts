/**
 * The ways people address a skill by name, as Alexa accepts them: "open my trolley" launches it; "ask my
 * trolley to add milk" and "add milk with my trolley" hand it one request (a one-shot).
 */
export type Invocation =
  | { readonly kind: 'launch' }
  /** `start`: where the request begins among the words given, so callers can slice alongside. */
  | { readonly kind: 'oneShot'; readonly words: readonly string[]; readonly start: number }
  | { readonly kind: 'none' };

const LAUNCH_VERBS = new Set(['open', 'start', 'launch', 'begin', 'load', 'use']);
const ASKING_VERBS = new Set(['ask', 'tell']);
/** Words that may join the name and the request: "ask my trolley to…", "tell my trolley that…". */
const CONNECTORS = new Set(['to', 'for', 'that', 'whether', 'if', 'about']);
const TRAILING = new Set(['with', 'using', 'from']);

function startsWith(words: readonly string[], at: number, name: readonly string[]): boolean {
  return name.length > 0 && name.every((word, offset) => words[at + offset] === word);
}

export function parseInvocation(words: readonly string[], name: readonly string[]): Invocation {
  const [first, second] = words;
  // "open my trolley", "talk to my trolley"
  const launchAt = first && LAUNCH_VERBS.has(first) ? 1 : first === 'talk' && second === 'to' ? 2 : -1;
  if (launchAt > 0 && startsWith(words, launchAt, name) && words.length === launchAt + name.length) {
    return { kind: 'launch' };
  }
  // "ask my trolley to add milk", "tell my trolley that…", "ask my trolley what's in it"
  if (first && ASKING_VERBS.has(first) && startsWith(words, 1, name)) {
    let start = 1 + name.length;
    const connector = words[start];
    if (connector && CONNECTORS.has(connector) && words.length > start + 1) start += 1;
    const rest = words.slice(start);
    return rest.length === 0 ? { kind: 'launch' } : { kind: 'oneShot', words: rest, start };
  }
  // "use my trolley to add milk"
  if (first === 'use' && startsWith(words, 1, name) && words[1 + name.length] === 'to') {
    const start = 2 + name.length;
    const rest = words.slice(start);
    return rest.length === 0 ? { kind: 'launch' } : { kind: 'oneShot', words: rest, start };
  }
  // "add milk with my trolley", "remove the milk from my trolley"
  const trailingAt = words.length - name.length - 1;
  const joiner = words[trailingAt];
  if (trailingAt > 0 && joiner && TRAILING.has(joiner) && startsWith(words, trailingAt + 1, name)) {
    return { kind: 'oneShot', words: words.slice(0, trailingAt), start: 0 };
  }
  return { kind: 'none' };
}
