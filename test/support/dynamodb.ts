import { randomUUID } from 'node:crypto';
import { ensureTrolleyTable, LOCAL_REGION } from '../../tools/dynamodb-local';
import { DEFAULT_TIMING, type StoreConfig } from '../../lambda/store/config';

/** The DynamoDB Local the global setup started; integration tests fail, never skip, without it. */
export function dynamoDbLocalEndpoint(): string {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  const only = 'only *.integration.test.ts files get the global setup that starts it';
  if (!endpoint) throw new Error(`DynamoDB Local is not running: ${only}`);
  return endpoint;
}

/** A fresh table of the Alexa-hosted layout in DynamoDB Local, so tests never see each other's data. */
export async function freshTable(prefix = 'trolley'): Promise<StoreConfig> {
  const endpoint = dynamoDbLocalEndpoint();
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTrolleyTable(endpoint, tableName, LOCAL_REGION);
  return { ...DEFAULT_TIMING, tableName, region: LOCAL_REGION, endpoint };
}
