import { startDynamoDbLocal, type DynamoDbLocal } from '../../tools/dynamodb-local';

declare global {
  var __DYNAMODB_LOCAL__: DynamoDbLocal | undefined;
}

/**
 * Starts one DynamoDB Local (in memory) for the whole run. Workers inherit its endpoint through the
 * environment. It is never skipped: without Java the run fails here, loudly.
 */
export default async function globalSetup(): Promise<void> {
  const dynamoDb = await startDynamoDbLocal({ startTimeoutMs: 60_000 });
  globalThis.__DYNAMODB_LOCAL__ = dynamoDb;
  process.env.TEST_DYNAMODB_ENDPOINT = dynamoDb.endpoint;
}
