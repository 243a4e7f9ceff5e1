import { CallMeter } from '../../bench/meter';

/** The bench's capacity figures: what DynamoDB would charge for each call the skill made. */
describe("the bench's call meter", () => {
  const key = { id: 'user' };
  const item = (bytes: number) => ({ id: 'user', pad: 'x'.repeat(bytes) });

  it('charges an UpdateItem by the larger of the item before and after, however little it changed', () => {
    const meter = new CallMeter();
    meter.record({ operation: 'GetItemCommand', input: { Key: key }, output: { Item: item(3000) }, durationMs: 1 });
    meter.record({
      operation: 'UpdateItemCommand',
      input: { Key: key },
      output: { Attributes: item(100) },
      durationMs: 1,
    });
    meter.record({
      operation: 'UpdateItemCommand',
      input: { Key: key },
      output: { Attributes: item(5000) },
      durationMs: 1,
    });

    expect(meter.take().map((call) => [call.kind, call.computedUnits])).toEqual([
      ['read', 1],
      ['write', 3],
      ['write', 5],
    ]);
  });

  it('charges a refused write by the item that refused it, or else the item last seen', () => {
    const meter = new CallMeter();
    meter.record({ operation: 'GetItemCommand', input: { Key: key }, output: { Item: item(2500) }, durationMs: 1 });
    meter.record({ operation: 'PutItemCommand', input: { Item: item(10) }, output: {}, durationMs: 1, refused: true });
    meter.record({
      operation: 'UpdateItemCommand',
      input: { Key: key },
      output: { Item: item(4500) },
      durationMs: 1,
      refused: true,
    });

    expect(meter.take().map((call) => [call.operation, call.kind, call.computedUnits])).toEqual([
      ['GetItem', 'read', 1],
      ['PutItem', 'write', 3],
      ['UpdateItem', 'write', 5],
    ]);
  });
});
