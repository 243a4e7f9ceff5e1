import { DynamoDbPersistenceAdapter as OfficialAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { DynamoDB } from 'aws-sdk';
import type { StoreConfig } from '../../../lambda/store/config';
import type { TrolleyStore } from '../../../lambda/store/trolleyStore';
import { PersistenceAdapterTrolleyStore } from '../../../tools/conventional/persistenceAdapterStore';
import { LOCAL_CREDENTIALS } from '../../../tools/dynamodb-local';

/**
 * Storage the conventional ASK way: the official ask-sdk-dynamodb-persistence-adapter (AWS SDK v2) over the
 * same DynamoDB Local table, saving with its blind PutItem. Only the reliability tests use it, to measure it.
 */
export function officialStorage(config: StoreConfig): TrolleyStore {
  const official = new OfficialAdapter({
    tableName: config.tableName,
    dynamoDBClient: new DynamoDB({ endpoint: config.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS }),
  });
  return new PersistenceAdapterTrolleyStore(official);
}
