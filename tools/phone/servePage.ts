/**
 * `npm start` serves the phone page beside the simulator, against the same DynamoDB, so "link 4 8 2 9 1 3"
 * said in the terminal links a browser tab, and ticks there are heard by voice.
 */
import { createLogger } from '../../lambda/logging';
import { phoneAppFor } from '../../lambda/phone/entry';
import { servePhonePage, type RunningServer } from '../../lambda/phone/nodeServer';
import { storeConfigFromEnv } from '../../lambda/store/config';
import { exportStorageEnv, type Storage } from '../local-skill/storage';

export const DEFAULT_PAGE_PORT = 8080;

/**
 * Starts the page on `port` (another free one when that is taken), and tells the skill its address
 * (`PHONE_PAGE_URL`), so it must run before the skill's entry is loaded.
 */
export async function startPhonePage(storage: Storage, port: number, env = process.env): Promise<RunningServer> {
  exportStorageEnv(storage, env);
  const app = phoneAppFor(storeConfigFromEnv(env), createLogger());
  const server = await servePhonePage(app, port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') return servePhonePage(app, 0);
    throw error;
  });
  env.PHONE_PAGE_URL = `${server.address}/`;
  return server;
}
