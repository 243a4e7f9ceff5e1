/**
 * A loopback TCP proxy that sits between the skill and DynamoDB Local and misbehaves on demand, so tests can
 * show what a person hears when the network to DynamoDB is slow, hangs or drops, and that nothing is lost.
 *
 * Faults are switched at run time and apply per HTTP request, not per connection: the AWS SDK keeps
 * connections alive, so a connection opened while all was well is reused when the fault starts.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

/** DynamoDB operations, as named in the `X-Amz-Target` header the SDK sends with every call. */
export type DynamoDbOperation = 'GetItem' | 'PutItem' | 'DeleteItem' | 'UpdateItem' | 'Query' | 'Scan';

export type Fault =
  /** Forward the request after a delay. */
  | { readonly kind: 'latency'; readonly ms: number }
  /** Accept the request and never forward or answer it; the connection stays silent for good. */
  | { readonly kind: 'stall' }
  /** Reset the connection (TCP RST) as the request arrives: DynamoDB never sees it. */
  | { readonly kind: 'reset' }
  /**
   * Forward the request, then reset the connection instead of passing DynamoDB's answer back: the call
   * happened, but the caller cannot know it did (the ambiguous failure every retry policy must survive).
   */
  | { readonly kind: 'loseAnswer' };

export interface FaultSetting {
  readonly fault: Fault;
  /** Only requests for this operation are hit; others pass through. All requests when omitted. */
  readonly only?: DynamoDbOperation;
  /** How many requests the fault hits before it ends by itself. Until stopped when omitted. */
  readonly times?: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give it to the SDK as its endpoint. */
  readonly endpoint: string;
  setFault(setting: FaultSetting): void;
  /** Back to pass-through for every request from now on. */
  stopFaults(): void;
  /** Requests seen so far, by operation, whatever happened to them. */
  readonly requestsSeen: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

export interface ProxyTarget {
  readonly host: string;
  readonly port: number;
}

/** The operation a chunk starts, when the chunk carries the request headers. */
function operationIn(chunk: Buffer): string | undefined {
  return /x-amz-target:\s*DynamoDB_\d+\.(\w+)/i.exec(chunk.toString('latin1'))?.[1];
}

export function targetOf(endpoint: string): ProxyTarget {
  const url = new URL(endpoint);
  return { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
}

export async function startFaultProxy(target: ProxyTarget): Promise<FaultProxy> {
  let setting: FaultSetting | undefined;
  let hitsLeft = Infinity;
  const requestsSeen = new Map<string, number>();
  const sockets = new Set<Socket>();

  /** The fault that hits a request for `operation`, decided when the request starts. */
  const faultFor = (operation: string | undefined): Fault | undefined => {
    if (!setting || (setting.only && setting.only !== operation)) return undefined;
    const { fault } = setting;
    hitsLeft -= 1;
    if (hitsLeft <= 0) setting = undefined;
    return fault;
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    let upstream: Socket | undefined;
    let current: Fault | undefined;
    let silenced = false;
    // Chunks are forwarded in order, each after the previous one (a latency fault delays them all).
    let forwarding: Promise<void> = Promise.resolve();

    const destroyBoth = (reset: boolean) => {
      if (reset && !client.destroyed) client.resetAndDestroy();
      else client.destroy();
      upstream?.destroy();
    };

    const upstreamSocket = (): Socket => {
      if (upstream) return upstream;
      const socket = connect(target.port, target.host);
      sockets.add(socket);
      socket.on('data', (answer) => {
        if (current?.kind === 'loseAnswer') destroyBoth(true);
        else if (!client.destroyed) client.write(answer);
      });
      socket.on('error', () => destroyBoth(true));
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
      });
      upstream = socket;
      return socket;
    };

    client.on('data', (chunk) => {
      if (silenced) return;
      const operation = operationIn(chunk);
      if (operation !== undefined) {
        requestsSeen.set(operation, (requestsSeen.get(operation) ?? 0) + 1);
        current = faultFor(operation);
      }
      switch (current?.kind) {
        case 'stall':
          // The rest of this connection is never forwarded: a half-sent request would corrupt the stream.
          silenced = true;
          return;
        case 'reset':
          destroyBoth(true);
          return;
        case 'latency': {
          const delay = current.ms;
          forwarding = forwarding.then(() => new Promise((resolve) => setTimeout(resolve, delay)));
          break;
        }
        default:
          break;
      }
      forwarding = forwarding.then(() => {
        if (!client.destroyed) upstreamSocket().write(chunk);
      });
    });
    client.on('error', () => upstream?.destroy());
    client.on('close', () => {
      sockets.delete(client);
      upstream?.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    setFault: (next) => {
      setting = next;
      hitsLeft = next.times ?? Infinity;
    },
    stopFaults: () => {
      setting = undefined;
    },
    requestsSeen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
