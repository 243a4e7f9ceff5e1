import type { Logger } from '@aws-lambda-powertools/logger';
import { LIMITS } from '../domain/limits';
import { SUPPORTED_LOCALES } from '../locales';
import { INVOCATION_NAME } from '../skillName';
import { speechFor, type Say } from '../speech/i18n';
import { speakOutcome } from '../speech/outcomes';
import { StoreUnavailableError, UncertainWriteError } from '../store/errors';
import type { TrolleyStore } from '../store/trolleyStore';
import { changeFor, parsePageChange, type AddRefusal } from './changes';
import { clearCookie, PAIRING_COOKIE, readCookie, setCookie, TOKEN_COOKIE, TOKEN_MAX_AGE_S } from './cookies';
import { MAX_BODY_BYTES, type PhoneRequest, type PhoneResponse } from './http';
import type { PhoneLinks } from '../household/phoneLinks';
import type { PageAssets } from './pageAssets';
import { plainText, trolleyView, type TrolleyView } from './trolleyView';

export interface PhoneAppOptions {
  readonly store: TrolleyStore;
  readonly links: PhoneLinks;
  readonly assets: PageAssets;
  readonly logger?: Logger;
}

/** The page's one handler: a plain request in, a plain response out, whatever serves it. */
export type PhoneApp = (request: PhoneRequest) => Promise<PhoneResponse>;

/** The header the page's own script sends on every change: a form or image on another site cannot. */
export const CHANGE_HEADER = 'x-trolley-page';

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

function respond(status: number, body: string, headers: Record<string, string> = {}, cookies: string[] = []) {
  return { status, headers: { ...SECURITY_HEADERS, ...headers }, cookies, body } satisfies PhoneResponse;
}

function json(status: number, value: unknown, cookies: string[] = [], headers: Record<string, string> = {}) {
  return respond(
    status,
    JSON.stringify(value),
    { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    cookies,
  );
}

/** Which of the skill's locales the phone's languages ask for; British English when none fits. */
export function localeFor(acceptLanguage: string | undefined): string {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase();
    const found = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (found) return found;
  }
  return 'en-GB';
}

/**
 * A change must come from the page itself: its script's header (which no other site can send without a CORS
 * preflight this server never grants), and, where the browser names one, an Origin of this very host.
 */
function fromThePage(request: PhoneRequest): boolean {
  if (request.headers[CHANGE_HEADER] !== '1') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  return host !== undefined && (origin === `https://${host}` || origin === `http://${host}`);
}

function readJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** The pairing cookie holds the code the page shows and the secret that proves it is this page's. */
function pairingOf(request: PhoneRequest): { code: string; secret: string } | undefined {
  const value = readCookie(request.headers.cookie, PAIRING_COOKIE);
  const [code, secret] = (value ?? '').split('.');
  return code && secret ? { code, secret } : undefined;
}

const PAIRING_MAX_AGE_S = 10 * 60;

export function createPhoneApp(options: PhoneAppOptions): PhoneApp {
  const { store, links, assets, logger } = options;

  function asset(path: string): PhoneResponse | undefined {
    const found = assets.files[path];
    if (!found) return undefined;
    // The page and its service worker are always asked for afresh, so an update reaches phones; the icon
    // changes only with a release.
    const cache = found.type.startsWith('image/') ? 'public, max-age=86400' : 'no-cache';
    return {
      ...respond(200, found.body, { 'content-type': found.type, 'cache-control': cache }),
      ...(found.base64 ? { base64: true } : {}),
    };
  }

  async function trolleyKeyOf(request: PhoneRequest): Promise<string | undefined> {
    const token = readCookie(request.headers.cookie, TOKEN_COOKIE);
    return token ? links.trolleyKeyFor(token) : undefined;
  }

  /** 401: the page forgets its list and pairs again; the stale cookie goes too. */
  const notLinked = () => json(401, { error: 'notLinked' }, [clearCookie(TOKEN_COOKIE)]);

  async function showTrolley(request: PhoneRequest, say: Say): Promise<PhoneResponse> {
    const key = await trolleyKeyOf(request);
    if (!key) return notLinked();
    const view = trolleyView((await store.load(key)).trolley.lines, say);
    const etag = `"${view.version}"`;
    if (request.headers['if-none-match'] === etag) return { ...json(304, {}, [], { etag }), body: '' };
    return json(200, view, [], { etag });
  }

  async function change(request: PhoneRequest, kind: string, say: Say, locale: string): Promise<PhoneResponse> {
    if (!fromThePage(request)) return json(403, { error: 'notFromThePage' });
    const key = await trolleyKeyOf(request);
    if (!key) return notLinked();
    const wanted = parsePageChange(kind, readJson(request.body));
    if (!wanted) return json(400, { error: 'badRequest' });
    const planned = changeFor(wanted, locale);
    if (!planned.ok) return json(400, { error: planned.reason, message: refusalWords(planned.reason, say) });
    const applied = await store.update(key, planned.apply, { writeId: `page-${wanted.id}` });
    const trolley: TrolleyView = trolleyView(applied.state.trolley.lines, say);
    return json(200, {
      changed: applied.changed,
      message: plainText(speakOutcome(applied.outcome, say, locale)),
      trolley,
    });
  }

  async function startPairing(request: PhoneRequest): Promise<PhoneResponse> {
    if (!fromThePage(request)) return json(403, { error: 'notFromThePage' });
    const started = await links.startPairing(request.sourceAddress);
    if (!started.started) return json(429, { error: 'rateLimited' }, [], { 'retry-after': '600' });
    const cookie = setCookie(PAIRING_COOKIE, `${started.code}.${started.secret}`, PAIRING_MAX_AGE_S);
    return json(200, { code: started.code, expiresAt: started.expiresAt, invocationName: INVOCATION_NAME }, [cookie]);
  }

  async function pairingStatus(request: PhoneRequest): Promise<PhoneResponse> {
    const pairing = pairingOf(request);
    if (!pairing) return json(200, { status: 'gone' });
    const status = await links.pairingStatus(pairing.code, pairing.secret);
    if (status.status === 'waiting') return json(200, { status: 'waiting', code: pairing.code });
    const cookies = [clearCookie(PAIRING_COOKIE)];
    if (status.status === 'gone') return json(200, { status: 'gone' }, cookies);
    return json(200, { status: 'linked' }, [...cookies, setCookie(TOKEN_COOKIE, status.token, TOKEN_MAX_AGE_S)]);
  }

  async function route(request: PhoneRequest): Promise<PhoneResponse> {
    const locale = localeFor(request.headers['accept-language']);
    const say = speechFor(locale);
    const { method, path } = request;
    if (method === 'GET' || method === 'HEAD') {
      if (path === '/api/trolley') return showTrolley(request, say);
      if (path === '/api/pairing') return pairingStatus(request);
      return asset(path) ?? json(404, { error: 'notFound' });
    }
    if (method !== 'POST') return json(405, { error: 'methodNotAllowed' }, [], { allow: 'GET, POST' });
    if (Buffer.byteLength(request.body) > MAX_BODY_BYTES) return json(413, { error: 'tooLarge' });
    if (path === '/api/pairing') return startPairing(request);
    const kind = /^\/api\/(tick|untick|add|undo)$/.exec(path)?.[1];
    if (kind) return change(request, kind, say, locale);
    return json(404, { error: 'notFound' });
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      // A change the page resends with the same id is applied at most once, so "try again" is safe advice.
      const uncertain = error instanceof UncertainWriteError;
      const unreachable = error instanceof StoreUnavailableError;
      logger?.error(unreachable || uncertain ? 'DynamoDB was unavailable' : 'Phone request failed', {
        error: { name: (error as Error).name, message: String((error as Error).message).slice(0, 300) },
        path: request.path,
      });
      return json(503, { error: uncertain ? 'uncertain' : 'unavailable' }, [], { 'retry-after': '5' });
    }
  };
}

function refusalWords(reason: AddRefusal, say: Say): string {
  switch (reason) {
    case 'tooManyAtOnce':
      return plainText(say('too_many_at_once', { max: LIMITS.maxItemsPerRequest }));
    case 'tooLong':
      return plainText(say('name_too_long'));
    case 'empty':
      return plainText(say('ask_add_item'));
  }
}
