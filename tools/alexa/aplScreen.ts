/**
 * What an APL screen would show, read as text: enough of APL to follow a document's data binding (`${…}`
 * paths, `!`, `==`/`!=` against a string, `when`, `data` lists, dynamic index lists and the rows loaded
 * into them) and find its Text and TouchWrapper components. It is not a renderer: layout, styles and
 * resources are ignored, and an expression it cannot read is taken as empty (or, in `when`, as true, so
 * nothing is hidden by the simulator's shortcomings).
 */
import type { interfaces } from 'ask-sdk-model';
import { textOfApl } from './markup';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type SendIndexListData = interfaces.alexa.presentation.apl.SendIndexListDataDirective;

/** A control that sends the skill a UserEvent when touched. */
export interface Touchable {
  /** Its text on screen ("Remove"), or its accessibility label when it shows none. */
  readonly text: string;
  readonly label: string;
  readonly arguments: readonly unknown[];
}

/** One line of the screen: a heading, or an item of a data-bound list with its controls. */
export interface ScreenRow {
  readonly text: string;
  readonly touchables: readonly Touchable[];
}

/** A dynamic index list on screen: rows from `startIndex` are loaded up to `loaded`, of `end` in all. */
export interface ListOnScreen {
  readonly listId: string;
  readonly loaded: number;
  readonly end: number;
}

export interface Screen {
  readonly token: string;
  readonly rows: readonly ScreenRow[];
  /** Dynamic index lists drawn, so a scroll can ask for the rows after those loaded. */
  readonly lists: readonly ListOnScreen[];
}

/** The simulated device's viewport, as `when` conditions see it (an Echo Show 8, as in requestEnvelope.ts). */
const VIEWPORT = { shape: 'rectangle', mode: 'hub', width: 1280, height: 800, dpi: 160, pixelWidth: 1280 };

type Context = Readonly<Record<string, unknown>>;
type Component = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function lookup(path: string, context: Context): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) value = isObject(value) ? value[part] : undefined;
  return value;
}

function evaluate(expression: string, context: Context): unknown {
  const text = expression.trim();
  if (text.startsWith('!')) return !evaluate(text.slice(1), context);
  const comparison = /^([\w.]+)\s*(==|!=)\s*'([^']*)'$/.exec(text);
  if (comparison) {
    const equal = lookup(comparison[1]!, context) === comparison[3];
    return comparison[2] === '==' ? equal : !equal;
  }
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  if (/^[A-Za-z_][\w.]*$/.test(text)) return lookup(text, context);
  return undefined;
}

/** A value with its `${…}` bound: the value itself when the string is one expression, else text. */
function bind(value: unknown, context: Context): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return evaluate(whole[1]!, context);
  return value.replace(/\$\{([^}]*)\}/g, (_, expression: string) => {
    const bound = evaluate(expression, context);
    return bound === undefined || bound === null ? '' : String(bound);
  });
}

function shown(component: Component, context: Context): boolean {
  if (component.when === undefined) return true;
  const bound = bind(component.when, context);
  return typeof component.when === 'string' && /^\$\{[^}]*\}$/.test(component.when) && bound === undefined
    ? true
    : Boolean(bound);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function childrenOf(component: Component): Component[] {
  return [...asList(component.item), ...asList(component.items)].filter(isObject);
}

/** The SendEvent arguments of a touch handler, bound; undefined when it sends no event. */
function sentArguments(onPress: unknown, context: Context): unknown[] | undefined {
  const sendEvent = asList(onPress).find((command) => isObject(command) && command.type === 'SendEvent');
  if (!isObject(sendEvent)) return undefined;
  return asList(sendEvent.arguments).map((argument) => bind(argument, context));
}

/** The texts and touchables of a component and everything inside it, in document order. */
function collect(component: Component, context: Context, texts: string[], touchables: Touchable[]): void {
  if (!shown(component, context)) return;
  if (component.type === 'Text') {
    const text = textOfApl(String(bind(component.text, context) ?? ''));
    if (text) texts.push(text);
    return;
  }
  if (component.type === 'TouchWrapper') {
    const inner: string[] = [];
    for (const child of childrenOf(component)) collect(child, context, inner, touchables);
    const args = sentArguments(component.onPress, context);
    const label = textOfApl(String(bind(component.accessibilityLabel, context) ?? ''));
    if (args) touchables.push({ text: inner.join(' ') || label, label, arguments: args });
    else texts.push(...inner);
    return;
  }
  for (const child of childrenOf(component)) collect(child, context, texts, touchables);
}

/** A `dynamicIndexList` datasource, as drawn: its loaded items, and what else the device could ask for. */
function dynamicList(value: unknown): { items: unknown[]; list: ListOnScreen } | undefined {
  if (!isObject(value) || value.type !== 'dynamicIndexList' || typeof value.listId !== 'string') return undefined;
  const items = asList(value.items);
  const start = typeof value.startIndex === 'number' ? value.startIndex : 0;
  const end = typeof value.maximumExclusiveIndex === 'number' ? value.maximumExclusiveIndex : start + items.length;
  return { items, list: { listId: value.listId, loaded: start + items.length, end } };
}

function rowsOf(component: Component, context: Context, rows: ScreenRow[], lists: ListOnScreen[]): void {
  if (!shown(component, context)) return;
  const bound = component.data === undefined ? undefined : bind(component.data, context);
  const dynamic = dynamicList(bound);
  if (dynamic) lists.push(dynamic.list);
  const data = dynamic ? dynamic.items : bound;
  if (Array.isArray(data)) {
    // A data-bound list: each item is drawn by the first child whose `when` holds for it.
    const templates = childrenOf(component);
    data.forEach((item, index) => {
      const itemContext = { ...context, data: item, index };
      const template = templates.find((candidate) => shown(candidate, itemContext));
      if (!template) return;
      const texts: string[] = [];
      const touchables: Touchable[] = [];
      collect(template, itemContext, texts, touchables);
      rows.push({ text: texts.join(' '), touchables });
    });
    return;
  }
  if (component.type === 'Text' || component.type === 'TouchWrapper') {
    const texts: string[] = [];
    const touchables: Touchable[] = [];
    collect(component, context, texts, touchables);
    if (texts.length > 0 || touchables.length > 0) rows.push({ text: texts.join(' '), touchables });
    return;
  }
  for (const child of childrenOf(component)) rowsOf(child, context, rows, lists);
}

/** What a RenderDocument directive shows, as rows of text with their touchable controls. */
export function readScreen(directive: RenderDocument): Screen {
  const document = isObject(directive.document) ? directive.document : {};
  const mainTemplate = isObject(document.mainTemplate) ? document.mainTemplate : {};
  const parameters = asList(mainTemplate.parameters).filter((name): name is string => typeof name === 'string');
  const datasources = directive.datasources ?? {};
  // One parameter receives all the datasources; several receive one datasource each, by name.
  const bound =
    parameters.length === 1
      ? { [parameters[0]!]: datasources }
      : Object.fromEntries(parameters.map((name) => [name, datasources[name]]));
  const rows: ScreenRow[] = [];
  const lists: ListOnScreen[] = [];
  for (const component of asList(mainTemplate.items).filter(isObject))
    rowsOf(component, { ...bound, viewport: VIEWPORT }, rows, lists);
  return { token: directive.token ?? '', rows, lists };
}

/**
 * The document with the rows of a SendIndexListData added to the list they belong to, as a device adds
 * them when the list scrolls; undefined when they belong to no list drawn or do not follow its loaded rows.
 */
export function withRowsLoaded(directive: RenderDocument, sent: SendIndexListData): RenderDocument | undefined {
  const datasources = directive.datasources ?? {};
  const entry = Object.entries(datasources).find(([, source]) => dynamicList(source)?.list.listId === sent.listId);
  const drawn = entry && dynamicList(entry[1]);
  if (!entry || !drawn || sent.startIndex !== drawn.list.loaded) return undefined;
  const source = entry[1] as Record<string, unknown>;
  const end = sent.maximumExclusiveIndex ?? source.maximumExclusiveIndex;
  return {
    ...directive,
    datasources: {
      ...datasources,
      [entry[0]]: { ...source, maximumExclusiveIndex: end, items: [...drawn.items, ...(sent.items ?? [])] },
    },
  };
}

/** The first list on screen with rows not loaded yet: what a scroll to the bottom would ask for. */
export function listToScroll(screen: Screen): ListOnScreen | undefined {
  return screen.lists.find((list) => list.loaded < list.end);
}

/** The screen on one line: "My Trolley · 2 things · Fruit and veg · 2 tomatoes [Remove] · …". */
export function describeScreen(screen: Screen): string {
  const rows = screen.rows.map((row) =>
    [row.text, ...row.touchables.map((touchable) => `[${touchable.text}]`)].filter(Boolean).join(' '),
  );
  const more = listToScroll(screen);
  if (more) rows.push(`(${more.end - more.loaded} more rows: .scroll)`);
  return rows.join(' · ');
}

export type TouchFinding =
  | { readonly found: true; readonly row: ScreenRow; readonly touchable: Touchable }
  | { readonly found: false; readonly reason: string };

/**
 * The control a person means by "touch milk": on the row whose text is, or else contains, the words.
 * Several rows containing them is ambiguous, as a finger can only press one.
 */
export function findTouchable(screen: Screen, words: string): TouchFinding {
  const wanted = words.trim().toLowerCase();
  const candidates = screen.rows.filter((row) => row.touchables.length > 0);
  if (!wanted) return { found: false, reason: 'say which line to touch, e.g. ".touch milk"' };
  const exact = candidates.filter((row) => row.text.toLowerCase() === wanted);
  const containing = candidates.filter((row) =>
    [row.text, ...row.touchables.map((touchable) => touchable.label)].some((text) =>
      text.toLowerCase().includes(wanted),
    ),
  );
  const matches = exact.length > 0 ? exact : containing;
  if (matches.length === 0) return { found: false, reason: `nothing touchable on screen says "${words.trim()}"` };
  if (matches.length > 1) {
    return {
      found: false,
      reason: `"${words.trim()}" is on ${matches.length} lines (${matches.map((row) => row.text).join(', ')}): say more`,
    };
  }
  const row = matches[0]!;
  return { found: true, row, touchable: row.touchables[0]! };
}
