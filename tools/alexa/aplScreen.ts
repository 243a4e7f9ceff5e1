/**
 * What an APL screen would show, read as text: enough of APL to follow a document's data binding (`${…}`
 * paths, `!`, `==`/`!=` against a string, `when`, `data` lists) and find its Text and TouchWrapper
 * components. It is not a renderer: layout, styles and resources are ignored, and an expression it cannot
 * read is taken as empty (or, in `when`, as true, so nothing is hidden by the simulator's shortcomings).
 */
import type { interfaces } from 'ask-sdk-model';
import { textOfApl } from './markup';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

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

export interface Screen {
  readonly token: string;
  readonly rows: readonly ScreenRow[];
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

function rowsOf(component: Component, context: Context, rows: ScreenRow[]): void {
  if (!shown(component, context)) return;
  const data = component.data === undefined ? undefined : bind(component.data, context);
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
  for (const child of childrenOf(component)) rowsOf(child, context, rows);
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
  for (const component of asList(mainTemplate.items).filter(isObject))
    rowsOf(component, { ...bound, viewport: VIEWPORT }, rows);
  return { token: directive.token ?? '', rows };
}

/** The screen on one line: "My Trolley · 2 things · Fruit and veg · 2 tomatoes [Remove] · …". */
export function describeScreen(screen: Screen): string {
  return screen.rows
    .map((row) => [row.text, ...row.touchables.map((touchable) => `[${touchable.text}]`)].filter(Boolean).join(' '))
    .join(' · ');
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
