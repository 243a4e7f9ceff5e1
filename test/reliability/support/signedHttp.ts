import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import express from 'express';

/** Where Alexa's signing certificate lives: the only host and path prefix the adapter accepts. */
export const ALEXA_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

export interface SkillEndpoint {
  readonly url: string;
  /** Signs like Alexa, with the key whose certificate the endpoint trusts for ALEXA_CERT_URL. */
  readonly alexaKey: KeyObject;
  close(): Promise<void>;
}

/**
 * The skill behind ask-sdk-express-adapter with signature and timestamp checks on, as the HTTP endpoint is
 * served (no body parser before it), listening on loopback. The adapter would download Alexa's certificate
 * from s3.amazonaws.com; tests stay offline, so a certificate for a test key is put in the verifier's own
 * cache for that URL: everything after the download (the signature check itself) runs as in production.
 */
export async function startSkillEndpoint(skill: Skill): Promise<SkillEndpoint> {
  const adapter = new ExpressAdapter(skill, true, true);
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const verifier = (adapter as unknown as { verifiers: unknown[] }).verifiers.find(
    (candidate) => candidate instanceof SkillRequestSignatureVerifier,
  ) as unknown as { certCache: Map<string, string> } | undefined;
  if (!verifier) throw new Error('The adapter has no signature verifier');
  verifier.certCache.set(ALEXA_CERT_URL, publicKey.export({ type: 'spki', format: 'pem' }).toString());

  const app = express();
  app.post('/', adapter.getRequestHandlers());
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    alexaKey: privateKey,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function signatureOf(body: string, key: KeyObject): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(key, 'base64');
}

export async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, text: await response.text() };
}
