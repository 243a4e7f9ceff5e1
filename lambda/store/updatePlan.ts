import { LIMITS, maxQuantityIn } from '../domain/limits';
import { lineIdOf, sameContent, tidy, type Applied, type TrolleyLine, type TrolleyState } from '../domain/trolley';
import { encodeLine, encodeRemoved, encodeUndo, orderFor, SCHEMA, storedOrders, THAT_KEY_ATTRIBUTE } from './codec';
import { ITEM_NAMES, keptWrites, type StoredItem } from './trolleyTable';

/** One UpdateItem's expressions, as the document client takes them. */
export interface UpdatePlan {
  readonly UpdateExpression: string;
  readonly ConditionExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

/** DynamoDB refuses an expression longer than 4 KB; a change that needs more is written as a whole item. */
export const MAX_EXPRESSION_LENGTH = 4_000;

export interface LineChangeInput {
  /** The trolley as read, and the stored item it was read from (schema 2, with a `writes` map). */
  readonly before: TrolleyState;
  readonly stored: StoredItem;
  /** What the change made of it. */
  readonly applied: Applied;
  readonly writeId: string;
  readonly now: number;
}

/** Placeholders for names and values, so no spoken word ever becomes part of an expression's text. */
class Expression {
  readonly names: Record<string, string> = {
    '#a': ITEM_NAMES.attributes,
    '#version': ITEM_NAMES.version,
    '#writes': ITEM_NAMES.writes,
    '#lines': 'lines',
    '#q': 'quantity',
    '#o': 'order',
  };
  readonly values: Record<string, unknown> = {};
  readonly sets: string[] = [];
  readonly removes: string[] = [];
  readonly conditions: string[] = [];
  private count = 0;

  name(actual: string): string {
    const placeholder = `#n${this.count++}`;
    this.names[placeholder] = actual;
    return placeholder;
  }

  value(actual: unknown): string {
    const placeholder = `:v${this.count++}`;
    this.values[placeholder] = actual;
    return placeholder;
  }

  plan(): UpdatePlan | undefined {
    const update = [
      this.sets.length > 0 ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length > 0 ? `REMOVE ${this.removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const condition = this.conditions.join(' AND ');
    if (update.length > MAX_EXPRESSION_LENGTH || condition.length > MAX_EXPRESSION_LENGTH) return undefined;
    // DynamoDB refuses placeholders that no expression uses.
    const text = `${update} ${condition}`;
    const used = ([placeholder]: [string, unknown]) => new RegExp(`${placeholder}(?![\\w])`).test(text);
    return {
      UpdateExpression: update,
      ConditionExpression: condition,
      ExpressionAttributeNames: Object.fromEntries(Object.entries(this.names).filter(used)) as Record<string, string>,
      ExpressionAttributeValues: Object.fromEntries(Object.entries(this.values).filter(used)),
    };
  }
}

/**
 * The one UpdateItem that writes a change to the lines it touched, and only those, so changes to different
 * lines from different devices never conflict:
 * - a new line is created only if absent, and only while the trolley has room (checked atomically);
 * - more of a line is arithmetic on its quantity, conditioned so the line's bound still holds;
 * - any other change, and a removal, is conditioned on the line being as it was read;
 * - the undo record, the "that" pointer, the version and this change's write id go in the same update,
 *   and the write id must not be there yet, so a write the SDK retries after it landed is refused.
 * Undefined when the expressions would pass DynamoDB's size limit: then the change is a whole-item write.
 */
export function planLineUpdate(input: LineChangeInput): UpdatePlan | undefined {
  const { before, stored, applied, writeId, now } = input;
  const after = applied.state;
  const expression = new Expression();
  const storedOrder = storedOrders(stored.attributes);
  const orders = orderFor(after, stored.attributes, now, storedOrder);
  const write = expression.name(writeId);

  expression.conditions.push(
    `#a.${expression.name('schema')} = ${expression.value(SCHEMA)}`,
    'attribute_exists(#writes)',
    `attribute_not_exists(#writes.${write})`,
  );
  expression.sets.push(`#version = #version + ${expression.value(1)}`, `#writes.${write} = ${expression.value(now)}`);
  const kept = new Set(keptWrites(stored.writes).map(([id]) => id));
  for (const id of stored.writes.keys()) if (!kept.has(id)) expression.removes.push(`#writes.${expression.name(id)}`);

  const beforeById = new Map(before.trolley.lines.map((line) => [lineIdOf(line), line]));
  const afterById = new Map(after.trolley.lines.map((line) => [lineIdOf(line), line]));
  const additive = after.undo?.change === 'add';
  let created = 0;

  for (const [id, line] of afterById) {
    const path = `#a.#lines.${expression.name(id)}`;
    const old = beforeById.get(id);
    if (!old) {
      created += 1;
      expression.sets.push(`${path} = ${expression.value(encodeLine(line, orders(line)))}`);
      expression.conditions.push(`attribute_not_exists(${path})`);
    } else if (sameContent(old, line)) {
      continue;
    } else if (additive && isIncrease(old, line)) {
      const delta = (line.quantity as number) - (old.quantity as number);
      expression.sets.push(`${path}.#q = ${path}.#q + ${expression.value(tidy(delta))}`);
      const most = maxQuantityIn(line.unit);
      expression.conditions.push(`${path}.#q <= ${expression.value(tidy(most - delta))}`);
    } else {
      expression.sets.push(`${path} = ${expression.value(encodeLine(line, orders(line)))}`);
      expression.conditions.push(asRead(expression, path, old, storedOrder.get(id)?.order));
    }
  }
  for (const [id, old] of beforeById) {
    if (afterById.has(id)) continue;
    const path = `#a.#lines.${expression.name(id)}`;
    expression.removes.push(path);
    expression.conditions.push(asRead(expression, path, old, storedOrder.get(id)?.order));
  }
  if (created > 0) expression.conditions.push(`size(#a.#lines) <= ${expression.value(LIMITS.maxLines - created)}`);

  const undo = expression.name('undo');
  if (after.undo) expression.sets.push(`#a.${undo} = ${expression.value(encodeUndo(after.undo, orders))}`);
  else expression.removes.push(`#a.${undo}`);
  const thatKey = expression.name(THAT_KEY_ATTRIBUTE);
  if (after.thatKey === undefined) expression.removes.push(`#a.${thatKey}`);
  else expression.sets.push(`#a.${thatKey} = ${expression.value(after.thatKey)}`);

  // Lines taken out lately ("put the rice back") are written only when this change altered them.
  const remembered = after.removed ?? [];
  const unchanged =
    remembered.length === (before.removed ?? []).length &&
    remembered.every((line, index) => sameContent(line, before.removed?.[index]));
  if (!unchanged) {
    const removed = expression.name('removed');
    if (remembered.length > 0) expression.sets.push(`#a.${removed} = ${expression.value(encodeRemoved(remembered))}`);
    else expression.removes.push(`#a.${removed}`);
  }

  return expression.plan();
}

/** The line is still the one that was read: the same line (by its order) holding the same amount. */
function asRead(expression: Expression, path: string, line: TrolleyLine, order: number | undefined): string {
  const sameLine = order === undefined ? `attribute_exists(${path})` : `${path}.#o = ${expression.value(order)}`;
  const sameAmount =
    line.quantity === undefined
      ? `attribute_not_exists(${path}.#q)`
      : `${path}.#q = ${expression.value(line.quantity)}`;
  return `${sameLine} AND ${sameAmount}`;
}

/** True when only the quantity grew, so the change can be arithmetic that commutes with other adds. */
function isIncrease(old: TrolleyLine, line: TrolleyLine): boolean {
  if (old.quantity === undefined || line.quantity === undefined || line.quantity <= old.quantity) return false;
  return sameContent({ ...old, quantity: 0 }, { ...line, quantity: 0 });
}
