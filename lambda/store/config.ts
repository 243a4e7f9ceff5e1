/**
 * How the skill reaches DynamoDB. The timeouts and the overall budget are chosen so that even a request
 * that waits out every retry answers well inside Alexa's 8 seconds: the store gives up after `budgetMs`
 * (plus `settleBudgetMs` when a write's answer was lost), leaving room for a cold start and the response.
 */
export interface StoreConfig {
  readonly tableName: string;
  readonly region: string | undefined;
  /** Set to reach DynamoDB Local or another endpoint instead of the region's. */
  readonly endpoint: string | undefined;
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** Attempts per DynamoDB call, the first included (the SDK's own jittered back-off in between). */
  readonly maxAttempts: number;
  /** Wall time one skill request may spend on DynamoDB, conflict retries included. */
  readonly budgetMs: number;
  /** Read-apply-write rounds when other devices keep changing the same trolley. */
  readonly maxConflictRetries: number;
  /**
   * Time, after the budget, to find out whether a write whose answer was lost had landed (one fence call),
   * so the person hears what really happened.
   */
  readonly settleBudgetMs: number;
}

export const ALEXA_RESPONSE_LIMIT_MS = 8_000;

export const DEFAULT_TIMING = {
  connectionTimeoutMs: 500,
  requestTimeoutMs: 1_500,
  maxAttempts: 3,
  budgetMs: 5_000,
  maxConflictRetries: 25,
  settleBudgetMs: 1_000,
} as const;

const DEFAULT_TABLE = 'trolley';

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Reads the settings an Alexa-hosted skill receives, plus the project's own optional ones. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return {
    tableName: env.DYNAMODB_PERSISTENCE_TABLE_NAME || DEFAULT_TABLE,
    region: env.DYNAMODB_PERSISTENCE_REGION || env.AWS_REGION || undefined,
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    connectionTimeoutMs: positiveInteger(env.DYNAMODB_CONNECTION_TIMEOUT_MS, DEFAULT_TIMING.connectionTimeoutMs),
    requestTimeoutMs: positiveInteger(env.DYNAMODB_REQUEST_TIMEOUT_MS, DEFAULT_TIMING.requestTimeoutMs),
    maxAttempts: positiveInteger(env.DYNAMODB_MAX_ATTEMPTS, DEFAULT_TIMING.maxAttempts),
    budgetMs: positiveInteger(env.TROLLEY_STORE_BUDGET_MS, DEFAULT_TIMING.budgetMs),
    maxConflictRetries: DEFAULT_TIMING.maxConflictRetries,
    settleBudgetMs: DEFAULT_TIMING.settleBudgetMs,
  };
}
