import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { DynamoDB } from 'aws-sdk';
import type { StoreConfig } from '../lambda/store/config';
import type { TrolleyStore } from '../lambda/store/trolleyStore';
import { PersistenceAdapterTrolleyStore } from '../tools/conventional/persistenceAdapterStore';

/**
 * The trolley kept the conventional ASK way: the official `ask-sdk-dynamodb-persistence-adapter` (AWS SDK v2)
 * with its defaults, read with getAttributes and saved with a blind PutItem.
 */
export function conventionalStorage(tableName: string, dynamoDBClient: DynamoDB): TrolleyStore {
  return new PersistenceAdapterTrolleyStore(new DynamoDbPersistenceAdapter({ tableName, dynamoDBClient }));
}

/** An AWS SDK v2 DynamoDB client for the same settings as ours (endpoint, region), with the SDK's defaults. */
export function dynamoDbV2(config: Pick<StoreConfig, 'endpoint' | 'region'>): DynamoDB {
  return new DynamoDB({
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.region ? { region: config.region } : {}),
  });
}
