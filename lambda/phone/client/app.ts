/**
 * The phone page: the trolley by aisle, tick to take a line out, a box to add, and pairing by voice for a
 * phone with no token. Everything the page changes is queued in localStorage with an id of its own before
 * it is sent, so a change made without signal goes when the signal comes back, and a resend is applied once.
 */

interface LineView {
  readonly key: string;
  readonly unit: string;
  readonly name: string;
  readonly text: string;
}

interface TrolleyView {
  readonly version: string;
  readonly count: number;
  readonly countText: string;
  readonly emptyText: string;
  readonly aisles: readonly { readonly name: string; readonly lines: readonly LineView[] }[];
}

type Kind = 'tick' | 'untick' | 'add';

/** A change waiting to be sent: `label` is what the page shows for it meanwhile. */
interface Queued {
  readonly id: string;
  readonly kind: Kind;
  readonly label: string;
  readonly key?: string;
  readonly unit?: string;
  readonly name?: string;
  readonly text?: string;
}

const POLL_MS = 3_000;
const SAVED_VIEW = 'trolley.view';
const SAVED_QUEUE = 'trolley.queue';
const SAVED_AT = 'trolley.savedAt';

const element = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
};

function read<T>(name: string): T | undefined {
  try {
    const saved = localStorage.getItem(name);
    return saved === null ? undefined : (JSON.parse(saved) as T);
  } catch {
    return undefined;
  }
}

function write(name: string, value: unknown): void {
  if (value === undefined) localStorage.removeItem(name);
  else localStorage.setItem(name, JSON.stringify(value));
}

let view = read<TrolleyView>(SAVED_VIEW);
let queue = read<Queued[]>(SAVED_QUEUE) ?? [];
/** The last tick, for the Undo button. */
let lastTick: Queued | undefined;
let mode: 'trolley' | 'pairing' = 'trolley';
let pairingWaiting = false;
let flushing: Promise<void> | undefined;

const sameLine = (a: { key?: string; unit?: string }, b: { key?: string; unit?: string }) =>
  a.key === b.key && a.unit === b.unit;

function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function announce(words: string): void {
  element('status').textContent = words;
}

function api(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(path, {
    method,
    credentials: 'same-origin',
    cache: 'no-store',
    headers: {
      'x-trolley-page': '1',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function saveView(next: TrolleyView): void {
  view = next;
  write(SAVED_VIEW, next);
  write(SAVED_AT, Date.now());
}

function saveQueue(): void {
  write(SAVED_QUEUE, queue);
}

function showConnection(online: boolean): void {
  const banner = element('connection');
  if (online) {
    banner.hidden = true;
    return;
  }
  const savedAt = read<number>(SAVED_AT);
  const when = savedAt ? new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
  banner.textContent = `No connection. ${when ? `The list as it was at ${when}. ` : ''}Ticks and adds are kept and sent when you’re back online.`;
  banner.hidden = false;
}

function render(): void {
  element('pairing').hidden = mode !== 'pairing';
  element('trolley').hidden = mode !== 'trolley';
  if (mode !== 'trolley') return;
  const aisles = element('aisles');
  aisles.replaceChildren();
  const ticked = queue.filter((change) => change.kind === 'tick');
  let shown = 0;
  for (const aisle of view?.aisles ?? []) {
    const lines = aisle.lines.filter((line) => !ticked.some((change) => sameLine(change, line)));
    if (lines.length === 0) continue;
    const heading = document.createElement('h3');
    heading.textContent = aisle.name;
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tick';
      button.textContent = line.text;
      button.setAttribute('aria-label', `Tick off ${line.text}`);
      button.addEventListener('click', () => tick(line));
      item.append(button);
      list.append(item);
      shown += 1;
    }
    aisles.append(heading, list);
  }
  element('count').textContent = view ? `(${shown === view.count ? view.countText : `${shown} left`})` : '';
  const empty = element('empty');
  empty.hidden = shown > 0 || !view;
  empty.textContent = view?.emptyText ?? '';
  const adds = queue.filter((change) => change.kind === 'add');
  element('pending-box').hidden = adds.length === 0;
  element('pending').replaceChildren(
    ...adds.map((change) => {
      const item = document.createElement('li');
      item.textContent = change.label;
      return item;
    }),
  );
  element('undo').hidden = lastTick === undefined;
}

function enqueue(change: Queued): void {
  queue.push(change);
  saveQueue();
  render();
  void flush();
}

function tick(line: LineView): void {
  const change: Queued = {
    id: newId(),
    kind: 'tick',
    label: line.text,
    key: line.key,
    unit: line.unit,
    name: line.name,
  };
  lastTick = change;
  announce(`Ticked off ${line.text}.`);
  enqueue(change);
}

function undoTick(): void {
  const undone = lastTick;
  if (!undone) return;
  lastTick = undefined;
  const waiting = queue.findIndex((change) => change.id === undone.id);
  if (waiting >= 0) {
    // Never sent: nobody else has seen it, so it simply isn't sent.
    queue.splice(waiting, 1);
    saveQueue();
    announce(`${undone.label}: back on the list.`);
    render();
    return;
  }
  enqueue({ id: newId(), kind: 'untick', label: undone.label, key: undone.key, unit: undone.unit, name: undone.name });
}

/** Sends what is queued, oldest first; stops at the first that cannot go yet, to try again later. */
function flush(): Promise<void> {
  flushing ??= sendQueued().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function sendQueued(): Promise<void> {
  while (queue.length > 0 && mode === 'trolley') {
    const change = queue[0] as Queued;
    const { label: _label, kind, ...body } = change;
    let response: Response;
    try {
      response = await api('POST', `/api/${kind}`, body);
    } catch {
      showConnection(false);
      return;
    }
    if (response.status === 401) return toPairing();
    if (response.status >= 500) {
      announce('Couldn’t reach the trolley just now. What you did is kept here and sent again shortly.');
      return;
    }
    showConnection(true);
    const answer = (await response.json().catch(() => ({}))) as { message?: string; trolley?: TrolleyView };
    queue = queue.filter((queued) => queued.id !== change.id);
    saveQueue();
    if (answer.trolley) saveView(answer.trolley);
    // A tick was announced when tapped; anything else, and a tick that found its line gone, says what happened.
    if (answer.message && (kind !== 'tick' || response.status !== 200 || !answer.trolley)) announce(answer.message);
    render();
  }
}

async function refresh(): Promise<void> {
  if (queue.length > 0) await flush();
  if (mode !== 'trolley') return;
  let response: Response;
  try {
    response = await api('GET', '/api/trolley', undefined, view ? { 'if-none-match': `"${view.version}"` } : {});
  } catch {
    showConnection(false);
    render();
    return;
  }
  if (response.status === 401) return toPairing();
  if (!response.ok && response.status !== 304) return;
  showConnection(true);
  if (response.status === 200) {
    saveView((await response.json()) as TrolleyView);
    write(SAVED_AT, Date.now());
    render();
  } else write(SAVED_AT, Date.now());
}

/** No token, or one that was unlinked: the list and anything unsent are this phone's no longer. */
async function toPairing(): Promise<void> {
  // A poll and a send may both hear 401: one new code, not two.
  if (mode === 'pairing') return;
  const wasLinked = view !== undefined;
  mode = 'pairing';
  view = undefined;
  queue = [];
  lastTick = undefined;
  for (const name of [SAVED_VIEW, SAVED_QUEUE, SAVED_AT]) write(name, undefined);
  render();
  if (wasLinked) announce('This phone isn’t linked to a trolley any more.');
  await startPairing();
}

function showCode(code: string, invocationName: string): void {
  pairingWaiting = true;
  element('pairing-say').textContent = `“Alexa, ask ${invocationName} to link ${code.split('').join(' ')}”`;
  element('pairing-waiting').hidden = false;
  element('pairing-problem').hidden = true;
  element('pairing-new').hidden = true;
}

function pairingProblem(words: string): void {
  pairingWaiting = false;
  element('pairing-waiting').hidden = true;
  const problem = element('pairing-problem');
  problem.textContent = words;
  problem.hidden = false;
  element('pairing-new').hidden = false;
  announce(words);
}

let invocation = 'my trolley';

async function startPairing(): Promise<void> {
  try {
    const status = (await (await api('GET', '/api/pairing')).json()) as { status: string; code?: string };
    if (status.status === 'waiting' && status.code) return showCode(status.code, invocation);
    const response = await api('POST', '/api/pairing', {});
    if (response.status === 429) {
      return pairingProblem('Too many codes were asked for from this connection. Try again in ten minutes.');
    }
    if (!response.ok) return pairingProblem('Couldn’t get a code just now. Try again in a moment.');
    const started = (await response.json()) as { code: string; invocationName: string };
    invocation = started.invocationName;
    showCode(started.code, invocation);
    announce(`Your code is ${started.code.split('').join(' ')}.`);
  } catch {
    pairingProblem('No connection: linking this phone needs one.');
  }
}

async function pollPairing(): Promise<void> {
  let status: { status: string };
  try {
    status = (await (await api('GET', '/api/pairing')).json()) as { status: string };
  } catch {
    return;
  }
  if (status.status === 'linked') {
    pairingWaiting = false;
    mode = 'trolley';
    announce('This phone is linked. Here’s your trolley.');
    await refresh();
    render();
  } else if (status.status === 'gone') {
    pairingProblem('That code has run out or was used. Get a new one to try again.');
  }
}

function poll(): void {
  if (document.visibilityState !== 'visible') return;
  if (mode === 'trolley') void refresh();
  else if (pairingWaiting) void pollPairing();
}

function start(): void {
  element('pairing-new').addEventListener('click', () => void startPairing());
  element('undo').addEventListener('click', undoTick);
  const form = element<HTMLFormElement>('add-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = element<HTMLInputElement>('add-text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    lastTick = undefined;
    announce(navigator.onLine ? `Adding ${text}…` : `${text}: kept, to add when you’re back online.`);
    enqueue({ id: newId(), kind: 'add', label: text, text });
  });
  window.addEventListener('online', () => void refresh());
  window.addEventListener('offline', () => showConnection(false));
  document.addEventListener('visibilitychange', poll);
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  render();
  void refresh();
  setInterval(poll, POLL_MS);
}

start();
