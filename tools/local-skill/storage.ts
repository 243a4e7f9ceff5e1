/**
 * Where the simulated skill keeps trolleys: the embedded DynamoDB Local (on disk by default, so a trolley
 * survives a restart; in memory for tests), a DynamoDB endpoint given on the command line, or whatever the
 * environment already names (as the Lambda would see it).
 */
import { ensureTrolleyTable, LOCAL_REGION, startDynamoDbLocal } from '../dynamodb-local';

export const DEFAULT_TABLE = 'trolley';
export const DEFAULT_DATA_DIR = '.local-data/dynamodb';

export interface StorageChoice {
  /** Another DynamoDB: DynamoDB Local elsewhere, or any endpoint. */
  readonly endpoint?: string;
  readonly table?: string;
  /** With no endpoint, a region means the AWS DynamoDB of that region. */
  readonly region?: string;
  readonly dataDir?: string;
  /** Embedded DynamoDB Local with nothing kept. */
  readonly memory?: boolean;
}

export interface Storage {
  readonly table: string;
  readonly region: string | undefined;
  readonly endpoint: string | undefined;
  /** One line for the user: where the data lives. */
  readonly description: string;
  stop(): Promise<void>;
}

/** The options that choose it, the same for `npm start`, `npm run dialog` and `npm run serve`. */
export const STORAGE_OPTIONS = {
  memory: { type: 'boolean', default: false },
  data: { type: 'string' },
  endpoint: { type: 'string' },
  table: { type: 'string' },
  region: { type: 'string' },
} as const;

export function storageChoiceOf(values: {
  memory?: boolean;
  data?: string;
  endpoint?: string;
  table?: string;
  region?: string;
}): StorageChoice {
  return {
    ...(values.memory ? { memory: true } : {}),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    ...(values.table ? { table: values.table } : {}),
    ...(values.region ? { region: values.region } : {}),
  };
}

const isLoopback = (endpoint: string) => /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?/i.test(endpoint);

/**
 * `say` hears what is starting while DynamoDB Local boots (some seconds, so the wait is not a silent one).
 */
export async function openStorage(
  choice: StorageChoice,
  env: NodeJS.ProcessEnv = process.env,
  say: (line: string) => void = () => undefined,
): Promise<Storage> {
  const table = choice.table ?? env.DYNAMODB_PERSISTENCE_TABLE_NAME ?? DEFAULT_TABLE;
  const envNamesOne = !choice.memory && (env.DYNAMODB_ENDPOINT || env.DYNAMODB_PERSISTENCE_TABLE_NAME);
  if (choice.endpoint || (choice.region && !choice.memory) || envNamesOne) {
    const endpoint = choice.endpoint ?? env.DYNAMODB_ENDPOINT ?? undefined;
    const region =
      choice.region ?? env.DYNAMODB_PERSISTENCE_REGION ?? env.AWS_REGION ?? (endpoint ? LOCAL_REGION : undefined);
    if (endpoint && isLoopback(endpoint)) await ensureTrolleyTable(endpoint, table, region);
    return {
      table,
      region,
      endpoint,
      description: endpoint
        ? `DynamoDB at ${endpoint}, table "${table}"`
        : `AWS DynamoDB in ${region ?? 'the default region'}, table "${table}"`,
      stop: async () => undefined,
    };
  }

  const dbPath = choice.memory ? undefined : (choice.dataDir ?? DEFAULT_DATA_DIR);
  say('Starting DynamoDB Local (Java) to keep the trolleys in; this takes a few seconds…');
  const local = await startDynamoDbLocal(dbPath === undefined ? {} : { dbPath });
  try {
    await ensureTrolleyTable(local.endpoint, table, LOCAL_REGION);
  } catch (error) {
    await local.stop();
    throw error;
  }
  return {
    table,
    region: LOCAL_REGION,
    endpoint: local.endpoint,
    description: local.dbPath
      ? `DynamoDB Local at ${local.endpoint}, table "${table}", data kept in ${local.dbPath}`
      : `DynamoDB Local at ${local.endpoint}, table "${table}", in memory (nothing kept)`,
    stop: () => local.stop(),
  };
}

/**
 * Points the skill at the storage through the environment the Lambda reads. Must run before
 * `lambda/index` is first imported, since it builds the skill when loaded.
 */
export function exportStorageEnv(storage: Storage, env: NodeJS.ProcessEnv = process.env): void {
  env.DYNAMODB_PERSISTENCE_TABLE_NAME = storage.table;
  if (storage.region) env.DYNAMODB_PERSISTENCE_REGION = storage.region;
  if (storage.endpoint) env.DYNAMODB_ENDPOINT = storage.endpoint;
  else delete env.DYNAMODB_ENDPOINT;
  // DynamoDB Local takes any credentials, but the SDK refuses to sign without some.
  if (storage.endpoint && isLoopback(storage.endpoint) && !env.AWS_ACCESS_KEY_ID) {
    env.AWS_ACCESS_KEY_ID = 'local';
    env.AWS_SECRET_ACCESS_KEY = 'local';
  }
}
