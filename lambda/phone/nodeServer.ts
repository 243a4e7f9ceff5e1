import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES, type PhoneRequest } from './http';
import type { PhoneApp } from './phoneApp';

/** Reads a body up to the page's limit; a longer one is cut, which the app then refuses as too large. */
async function bodyOf(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES + 1) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function requestOfNode(message: IncomingMessage, body: string): PhoneRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    headers[name] = Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
  }
  return {
    method: message.method ?? 'GET',
    path: new URL(message.url ?? '/', 'http://localhost').pathname,
    headers,
    body,
    sourceAddress: message.socket.remoteAddress ?? '',
  };
}

export interface RunningServer {
  /** "http://localhost:8080" */
  readonly address: string;
  readonly server: Server;
  stop(): Promise<void>;
}

/**
 * The page on this machine, for `npm start` and the browser tests. On localhost, which browsers count as a
 * secure context, the `Secure` cookies work over plain http.
 */
export async function servePhonePage(app: PhoneApp, port = 0, host = 'localhost'): Promise<RunningServer> {
  const server = createServer((message, reply) => {
    void (async () => {
      const response = await app(requestOfNode(message, await bodyOf(message)));
      reply.writeHead(response.status, {
        ...response.headers,
        ...(response.cookies.length > 0 ? { 'set-cookie': [...response.cookies] } : {}),
      });
      reply.end(
        message.method === 'HEAD' ? undefined : Buffer.from(response.body, response.base64 ? 'base64' : 'utf8'),
      );
    })().catch(() => {
      if (!reply.headersSent) reply.writeHead(500);
      reply.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    address: `http://${host}:${bound}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
