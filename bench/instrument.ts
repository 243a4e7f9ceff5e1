import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as AWS from 'aws-sdk';
import type { CallMeter, CallSeen } from './meter';
import { elapsedMs } from './stats';

type Plain = Record<string, unknown>;

/**
 * Meters every call of an AWS SDK v3 document client, refused conditional writes included (DynamoDB charges
 * them). The middleware sits at the initialize step, before the document client marshals, so it sees plain
 * items both ways (but a refusal's item still marshalled); it asks DynamoDB for ConsumedCapacity too.
 */
export function meterDocumentClient(client: DynamoDBDocumentClient, meter: CallMeter): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = { ...(args.input as Plain), ReturnConsumedCapacity: 'TOTAL' };
      const operation = context.commandName ?? 'unknown';
      const started = process.hrtime.bigint();
      try {
        const result = await next({ ...args, input: input as typeof args.input });
        meter.record({ operation, input, output: result.output as CallSeen['output'], durationMs: elapsedMs(started) });
        return result;
      } catch (error) {
        if ((error as Error)?.name === 'ConditionalCheckFailedException') {
          const refusing = (error as { Item?: Record<string, unknown> }).Item;
          const output = refusing ? { Item: unmarshall(refusing as never) } : {};
          meter.record({ operation, input, output, durationMs: elapsedMs(started), refused: true });
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'benchCallMeter' },
  );
}

/** AWS SDK v2's global request events (`AWS.events`), documented but missing from its type definitions. */
interface GlobalRequestEvents {
  on(event: 'validate', listener: (request: AWS.Request<unknown, AWS.AWSError>) => void): void;
  on(event: 'complete', listener: (response: AWS.Response<unknown, AWS.AWSError>) => void): void;
}

let v2Meter: CallMeter | undefined;
const v2Started = new WeakMap<object, bigint>();

/**
 * Meters every AWS SDK v2 DynamoDB call in this process. The official adapter builds its DocumentClient on a
 * copy of the client it is given, so per-client listeners never see its calls: the global request events do.
 * The bench's in-process conventional skill is the only aws-sdk v2 user, so "every call" is its calls.
 */
export function meterAwsSdkV2(meter: CallMeter): void {
  if (!v2Meter) {
    const events = (AWS as unknown as { events: GlobalRequestEvents }).events;
    events.on('validate', (request) => {
      if (!isDynamoDb(request)) return;
      (request as unknown as { params: Plain }).params.ReturnConsumedCapacity = 'TOTAL';
      v2Started.set(request, process.hrtime.bigint());
    });
    events.on('complete', (response) => {
      const request = (response as unknown as { request: AWS.Request<unknown, AWS.AWSError> }).request;
      if (!isDynamoDb(request) || !v2Meter) return;
      // The DocumentClient keeps the plain input as rawParams and turns the output back into plain objects.
      const { rawParams, params, operation } = request as unknown as {
        rawParams?: Plain;
        params: Plain;
        operation: string;
      };
      v2Meter.record({
        operation: operation.charAt(0).toUpperCase() + operation.slice(1),
        input: rawParams ?? params,
        output: (response.data ?? {}) as CallSeen['output'],
        durationMs: elapsedMs(v2Started.get(request) ?? process.hrtime.bigint()),
      });
    });
  }
  v2Meter = meter;
}

function isDynamoDb(request: AWS.Request<unknown, AWS.AWSError>): boolean {
  const service = (request as unknown as { service?: { serviceIdentifier?: string } }).service;
  return service?.serviceIdentifier === 'dynamodb';
}
