/**
 * `npm run serve`: the same skill as an HTTPS-style endpoint (POST /) through ask-sdk-express-adapter, for a
 * self-hosted endpoint behind a tunnel or reverse proxy. Alexa's request signature and timestamp are
 * checked unless --no-verify, which is only for trying it out locally.
 */
import express from 'express';
import type { Server } from 'node:http';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import { runAsMain, UsageError, type Command, type ParsedOptions } from '../command';
import { loadSkillEntry } from '../local-skill/lambdaEntry';
import { openStorage, STORAGE_OPTIONS, storageChoiceOf } from '../local-skill/storage';
import { noticeOlderNodeOnce } from '../nodeBaseline';

const USAGE = `Serve the skill over HTTP for Alexa (POST /).

Usage: npm run serve [-- options]

  --port PORT      port to listen on (default 3000)
  --host HOST      address to listen on (default 127.0.0.1; 0.0.0.0 for a proxy on another host)
  --no-verify      skip Alexa's signature and timestamp checks (local trials only: anyone could call it)
  --memory, --data DIR, --endpoint URL, --table NAME, --region REGION
                   where trolleys are kept, as for npm start; DYNAMODB_* in the environment win over the
                   embedded DynamoDB Local when set
  --help           this text`;

const OPTIONS = {
  port: { type: 'string', default: '3000' },
  host: { type: 'string', default: '127.0.0.1' },
  'no-verify': { type: 'boolean', default: false },
  ...STORAGE_OPTIONS,
} as const;

async function serve(values: ParsedOptions<typeof OPTIONS>): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port must be a port number');
  const verify = !values['no-verify'];
  noticeOlderNodeOnce(console.error);

  const storage = await openStorage(storageChoiceOf(values), process.env, console.log);
  let server: Server | undefined;
  const shutdown = async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    await storage.stop();
  };
  process.once('SIGINT', () => void shutdown().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void shutdown().finally(() => process.exit(143)));

  try {
    const entry = await loadSkillEntry(storage);
    const app = express();
    // No body parser before the adapter: it needs the raw body to check Alexa's signature.
    app.post('/', new ExpressAdapter(entry.skill, verify, verify).getRequestHandlers());
    app.get('/', (_request, response) => {
      response.type('text/plain').send('Voice trolley skill endpoint: Alexa POSTs requests here.\n');
    });
    server = await new Promise<Server>((resolveServer, reject) => {
      const listening = app.listen(port, values.host, () => resolveServer(listening));
      listening.once('error', reject);
    });
  } catch (error) {
    await shutdown();
    throw error;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Skill endpoint listening on http://${values.host}:${actualPort}/ (POST).`);
  console.log(`Trolleys are kept in ${storage.description}.`);
  if (verify) {
    console.log("Alexa's request signature and timestamp are verified.");
  } else {
    console.error(
      [
        '',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '!! WARNING: --no-verify: request signatures and timestamps are NOT checked.              !!',
        '!! Anyone who can reach this port can read and change trolleys. Use it only for local    !!',
        '!! trials, never for a skill that real people use.                                       !!',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '',
      ].join('\n'),
    );
  }
  return 0;
}

export const serveCommand: Command<typeof OPTIONS> = {
  name: 'npm run serve',
  usage: USAGE,
  options: OPTIONS,
  // What stops it (Java missing, the port taken) is said in the message alone, as it always was.
  userErrors: [Error],
  run: serve,
};

if (require.main === module) runAsMain(serveCommand);
