import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trolleyDatasources, trolleyPage, type LineRow, type Row } from '../../../lambda/display/datasource';
import { TROLLEY_DOCUMENT } from '../../../lambda/display/document';
import { parseRemoveArguments, REMOVE_EVENT } from '../../../lambda/display/events';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { textFor } from '../../../lambda/speech/i18n';
import { tomatoLine } from '../../support/lines';

/** Core APL components only: anything from alexa-layouts (AlexaButton, …) would need an import. */
const CORE_COMPONENTS = new Set([
  'Container',
  'EditText',
  'Frame',
  'GridSequence',
  'Image',
  'Pager',
  'ScrollView',
  'Sequence',
  'Text',
  'TouchWrapper',
  'VectorGraphic',
  'Video',
]);
const CHILD_KEYS = ['item', 'items', 'firstItem', 'lastItem'] as const;

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const tuna: TrolleyLine = { key: 'tuna', name: 'tuna', countable: false, aisle: 'pantry', quantity: 2, unit: 'tin' };
const tomato = tomatoLine(3);
const odd: TrolleyLine = { key: 'said:m&s <crisp>', name: 'm&s <crisps>', countable: false, aisle: 'other' };
const datasources = trolleyDatasources([tuna, tomato, odd], textFor('en-GB'));
const properties = datasources.trolley.properties;
/** Every kind of row: the first page's, and the notice a load of a list the trolley has moved on from gets. */
const stale = { correlationToken: 'c', listId: datasources.trolleyList.listId, startIndex: 5 };
const rows: readonly Row[] = [
  ...datasources.trolleyList.items,
  ...(trolleyPage([tuna], textFor('en-GB'), stale).items as Row[]),
];
const document = TROLLEY_DOCUMENT as unknown as JsonObject;

/** A component as found in the document, with the row kind its `when` restricts it to (inside a Sequence). */
interface Found {
  readonly component: JsonObject;
  readonly inSequence: boolean;
  readonly rowKind: Row['kind'] | undefined;
}

function components(): Found[] {
  const found: Found[] = [];
  const visit = (value: Json | undefined, inSequence: boolean, rowKind: Row['kind'] | undefined) => {
    for (const component of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (!isObject(component)) throw new Error(`not a component: ${JSON.stringify(component)}`);
      const when = typeof component.when === 'string' ? /data\.kind == '(\w+)'/.exec(component.when)?.[1] : undefined;
      const kind = (when as Row['kind'] | undefined) ?? rowKind;
      found.push({ component, inSequence, rowKind: kind });
      const childInSequence = inSequence || component.data !== undefined;
      for (const key of CHILD_KEYS) visit(component[key], childInSequence, kind);
    }
  };
  visit((document.mainTemplate as JsonObject).items, false, undefined);
  return found;
}

/** Every `${…}` expression in a component's own properties (not its children's). */
function expressionsOf(component: JsonObject): string[] {
  const expressions: string[] = [];
  const collect = (value: Json) => {
    if (typeof value === 'string') for (const match of value.matchAll(/\$\{([^}]*)\}/g)) expressions.push(match[1]!);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) Object.values(value).forEach(collect);
  };
  for (const [key, value] of Object.entries(component))
    if (!(CHILD_KEYS as readonly string[]).includes(key)) collect(value);
  return expressions;
}

const paths = (expression: string) => [...expression.matchAll(/[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+/g)].map((m) => m[0]);

describe('the trolley document', () => {
  it('uses only core APL components and imports nothing', () => {
    expect(document).not.toHaveProperty('import');
    const types = components().map(({ component }) => component.type);
    expect(types.length).toBeGreaterThan(5);
    for (const type of types) expect(CORE_COMPONENTS).toContain(type);
  });

  it('binds only datasource fields that exist, and row fields every row of that kind has', () => {
    expect((document.mainTemplate as JsonObject).parameters).toEqual(Object.keys(datasources));
    expect(rows.map((row) => row.kind)).toEqual(expect.arrayContaining(['aisle', 'line', 'notice']));
    const rowsOfKind = (kind: Row['kind'] | undefined) => rows.filter((row) => !kind || row.kind === kind);
    let checked = 0;
    for (const { component, inSequence, rowKind } of components()) {
      for (const path of expressionsOf(component).flatMap(paths)) {
        const [root, ...rest] = path.split('.');
        checked += 1;
        if (root === 'trolley') {
          expect(rest[0]).toBe('properties');
          expect(properties).toHaveProperty([rest[1]!]);
        } else if (root === 'data') {
          expect(inSequence || component.data !== undefined).toBe(true);
          for (const row of rowsOfKind(rowKind)) expect(row).toHaveProperty([rest[0]!]);
        } else {
          expect(root).toBe('viewport');
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The one list binds the dynamic index list whole, as APL asks, so the device can load it page by page.
    const lists = components().filter(({ component }) => component.data !== undefined);
    expect(lists.map(({ component }) => component.data)).toEqual(['${trolleyList}']);
    expect(datasources.trolleyList.type).toBe('dynamicIndexList');
  });

  it('names only resources it defines', () => {
    const resources = document.resources as readonly JsonObject[];
    const defined = new Set(
      resources.flatMap((block) =>
        ['colors', 'dimensions', 'strings'].flatMap((group) => Object.keys((block[group] as JsonObject) ?? {})),
      ),
    );
    const used = JSON.stringify(document.mainTemplate).match(/"@\w+"/g) ?? [];
    expect(used.length).toBeGreaterThan(5);
    for (const name of used) expect(defined).toContain(name.slice(2, -1));
    // Round and TV variants only change sizes defined for every screen.
    const base = resources.find((block) => block.when === undefined)!;
    for (const block of resources.filter((b) => b.when !== undefined)) {
      expect(block.when).toMatch(/^\$\{viewport\.(shape|mode) == '\w+'\}$/);
      for (const name of Object.keys((block.dimensions as JsonObject) ?? {}))
        expect(base.dimensions).toHaveProperty([name]);
    }
  });

  it('sends from each line’s remove control exactly the arguments the touch handler reads back', () => {
    const touchables = components().filter(({ component }) => component.type === 'TouchWrapper');
    expect(touchables).toHaveLength(1);
    const [{ component, rowKind }] = touchables as [Found];
    expect(rowKind).toBe('line');
    const [onPress, ...others] = component.onPress as JsonObject[];
    expect(others).toEqual([]);
    expect(onPress!.type).toBe('SendEvent');
    const lineRows = rows.filter((row): row is LineRow => row.kind === 'line');
    const bind = (template: Json, row: LineRow) =>
      String(template).replace(/\$\{data\.(\w+)\}/g, (_, field: string) => String(row[field as keyof LineRow]));
    const sent = lineRows.map((row) => (onPress!.arguments as Json[]).map((template) => bind(template, row)));
    expect(sent.map((args) => args[0])).toEqual([REMOVE_EVENT, REMOVE_EVENT, REMOVE_EVENT]);
    expect(sent.map(parseRemoveArguments)).toEqual([
      { key: 'tomato', name: 'tomatoes' },
      { key: 'tuna', unit: 'tin', name: 'tuna' },
      { key: 'said:m&s <crisp>', name: 'm&s <crisps>' },
    ]);
  });
});

describe('the remove arguments', () => {
  it.each([
    ['not an array', 'remove'],
    ['too few', ['remove', 'tuna', 'tin']],
    ['another event', ['add', 'tuna', '', 'tuna']],
    ['a number for the key', ['remove', 7, '', 'tuna']],
    ['an empty key', ['remove', '', '', 'tuna']],
    ['a unit the skill does not know', ['remove', 'tuna', 'barrel', 'tuna']],
    ['an absurdly long key', ['remove', 'x'.repeat(1000), '', 'tuna']],
  ])('are not a remove when %s', (_, args) => {
    expect(parseRemoveArguments(args)).toBeUndefined();
  });
});

describe('the skill manifest', () => {
  interface Viewport {
    mode: string;
    shape: string;
    minWidth: number;
    maxWidth: number;
    minHeight: number;
    maxHeight: number;
  }
  const skillJson = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', 'skill-package', 'skill.json'), 'utf8'),
  ) as {
    manifest: { apis: { custom: { interfaces?: { type: string; supportedViewports?: Viewport[] }[] } } };
  };
  const apl = skillJson.manifest.apis.custom.interfaces?.find((entry) => entry.type === 'ALEXA_PRESENTATION_APL');

  it('declares the APL interface, without which Alexa never tells the skill a device has a screen', () => {
    expect(apl).toBeDefined();
  });

  it.each([
    ['Echo Spot', 'HUB', 'ROUND', 480, 480],
    ['Echo Show 5', 'HUB', 'RECTANGLE', 960, 480],
    ['Echo Show 8 and 10', 'HUB', 'RECTANGLE', 1280, 800],
    ['Echo Show 15', 'HUB', 'RECTANGLE', 1920, 1080],
    ['Fire TV', 'TV', 'RECTANGLE', 960, 540],
  ])('declares the viewports the layout is made for: %s', (_, mode, shape, width, height) => {
    const fits = (apl?.supportedViewports ?? []).filter(
      (viewport) =>
        viewport.mode === mode &&
        viewport.shape === shape &&
        viewport.minWidth <= width &&
        width <= viewport.maxWidth &&
        viewport.minHeight <= height &&
        height <= viewport.maxHeight,
    );
    expect(fits).toHaveLength(1);
    // Round screens and TVs have their own sizes in the document; every other screen the default ones.
    const resources = document.resources as readonly JsonObject[];
    const variant = shape === 'ROUND' ? "shape == 'round'" : mode === 'TV' ? "mode == 'tv'" : undefined;
    if (variant) expect(resources.some((block) => String(block.when).includes(variant))).toBe(true);
  });
});
