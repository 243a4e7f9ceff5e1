import { startDynamoDbLocal, type DynamoDbLocal } from '../../tools/dynamodb-local';
import { noticeOlderNodeOnce } from '../../tools/nodeBaseline';

declare global {
  var __DYNAMODB_LOCAL__: DynamoDbLocal | undefined;
}

/**
 * Starts one DynamoDB Local (in memory) for the whole run. Workers inherit its endpoint through the
 * environment. It is never skipped: without Java the run fails here, loudly.
 */
export default async function globalSetup(): Promise<void> {
  // Once for the run, before the workers start (they inherit the switch that keeps the SDK from repeating it).
  noticeOlderNodeOnce((line) => process.stderr.write(`\n${line}\n`));
  const dynamoDb = await startDynamoDbLocal({ startTimeoutMs: 60_000 });
  globalThis.__DYNAMODB_LOCAL__ = dynamoDb;
  process.env.TEST_DYNAMODB_ENDPOINT = dynamoDb.endpoint;
}
