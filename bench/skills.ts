import { Logger } from '@aws-lambda-powertools/logger';
import type { Skill } from 'ask-sdk-core';
import { buildSkill } from '../lambda/skill';
import type { StoreConfig } from '../lambda/store/config';
import { createDocumentClient } from '../lambda/store/documentClient';
import { DynamoDbTrolleyStore } from '../lambda/store/trolleyStore';
import { TrolleyTable } from '../lambda/store/trolleyTable';
import { conventionalStorage, dynamoDbV2 } from './conventional-storage';
import { meterAwsSdkV2, meterDocumentClient } from './instrument';
import { CallMeter } from './meter';

export type BuildName = 'ours' | 'conventional';

/** A skill built in this process for the warm and throughput runs, with its DynamoDB calls metered. */
export interface BenchSkill {
  readonly name: BuildName;
  readonly skill: Skill;
  readonly meter: CallMeter;
  /** Failed requests: the skill's error handler logs each one as an error before apologising. */
  failures(): number;
}

type ErrorArgs = Parameters<Logger['error']>;
type ErrorRest = ErrorArgs extends [unknown, ...infer Rest] ? Rest : never;

/** Counts errors the skill logs, and still prints them, so a failing run is loud. */
class CountingLogger extends Logger {
  errors = 0;
  override error(input: ErrorArgs[0], ...extraInput: ErrorRest): void {
    this.errors += 1;
    super.error(input, ...extraInput);
  }
}

function logger(): CountingLogger {
  return new CountingLogger({ serviceName: 'voice-trolley-bench', logLevel: 'ERROR' });
}

/** Ours: the production store (conditional writes over the AWS SDK v3 document client), metered. */
export function oursSkill(config: StoreConfig): BenchSkill {
  const meter = new CallMeter();
  const documentClient = createDocumentClient(config);
  meterDocumentClient(documentClient, meter);
  const table = new TrolleyTable({ tableName: config.tableName, documentClient });
  const log = logger();
  const skill = buildSkill({ store: new DynamoDbTrolleyStore(table, config), logger: log });
  return { name: 'ours', skill, meter, failures: () => log.errors };
}

/** Conventional: the official persistence adapter (AWS SDK v2, blind PutItem), metered. */
export function conventionalSkill(config: StoreConfig): BenchSkill {
  const meter = new CallMeter();
  meterAwsSdkV2(meter);
  const log = logger();
  const skill = buildSkill({ store: conventionalStorage(config.tableName, dynamoDbV2(config)), logger: log });
  return { name: 'conventional', skill, meter, failures: () => log.errors };
}
