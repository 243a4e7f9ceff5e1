import { Logger } from '@aws-lambda-powertools/logger';
import type { Skill } from 'ask-sdk-core';
import { buildSkill } from '../lambda/skill';
import type { StoreConfig } from '../lambda/store/config';
import { createDocumentClient } from '../lambda/store/documentClient';
import { DynamoDbTrolleyStore } from '../lambda/store/trolleyStore';
import { TrolleyTable } from '../lambda/store/trolleyTable';
import type { TrolleyStore } from '../lambda/store/trolleyStore';
import { conventionalStorage, dynamoDbV2 } from './conventional-storage';
import { meterAwsSdkV2, meterDocumentClient } from './instrument';
import { CallMeter } from './meter';
import { Schema1TrolleyStore } from './schema1-store';

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

export type ContentionBuildName = 'schema 2' | 'schema 1';

/**
 * Many skill instances of one build, each with its own store and DynamoDB client (its own connections), as
 * separate Lambda containers are; one meter counts the calls of all of them.
 */
export interface ContentionBuild {
  readonly name: ContentionBuildName;
  readonly containers: readonly Skill[];
  readonly meter: CallMeter;
  /** A store of this build, to fill trolleys and read what was stored. */
  readonly store: TrolleyStore;
}

/** Today's store (schema 2, line-level UpdateItem) or the bench's copy of schema 1, in `count` containers. */
export function contentionBuild(name: ContentionBuildName, config: StoreConfig, count: number): ContentionBuild {
  const meter = new CallMeter();
  const storeFor = (): TrolleyStore => {
    const documentClient = createDocumentClient(config);
    meterDocumentClient(documentClient, meter);
    return name === 'schema 2'
      ? new DynamoDbTrolleyStore(new TrolleyTable({ tableName: config.tableName, documentClient }), config)
      : new Schema1TrolleyStore(documentClient, config.tableName, config);
  };
  // Apologies are expected here and counted from what Alexa says; a thousand error logs would hide the report.
  const silent = new Logger({ serviceName: 'voice-trolley-bench', logLevel: 'SILENT' });
  const containers = Array.from({ length: count }, () => buildSkill({ store: storeFor(), logger: silent }));
  return { name, containers, meter, store: storeFor() };
}
