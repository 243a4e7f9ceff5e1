import { DEFAULT_TIMING, type StoreConfig } from '../../lambda/store/config';

/** Store settings for tests whose DynamoDB is aws-sdk-client-mock: one attempt, a short budget. */
export const MOCK_STORE_CONFIG: StoreConfig = {
  tableName: 'trolley',
  region: 'eu-west-1',
  endpoint: undefined,
  connectionTimeoutMs: 500,
  requestTimeoutMs: 1_000,
  maxAttempts: 1,
  budgetMs: 2_000,
  maxConflictRetries: 3,
  settleBudgetMs: 500,
};

/** The production timing over a mocked DynamoDB, with one attempt per call so a failure shows at once. */
export const MOCK_DEFAULT_TIMING_CONFIG: StoreConfig = {
  ...DEFAULT_TIMING,
  tableName: 'trolley',
  region: 'eu-west-1',
  endpoint: undefined,
  maxAttempts: 1,
};
