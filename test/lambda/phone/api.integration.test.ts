import { randomUUID } from 'node:crypto';
import { RATE_LIMITS } from '../../../lambda/household/limits';
import type { PhoneResponse } from '../../../lambda/phone/http';
import type { TrolleyView } from '../../../lambda/phone/trolleyView';
import { sha256 } from '../../../lambda/store/householdKeys';
import { linkedToken, phoneWorld, post, type PhoneWorld } from './support/phoneWorld';

const ALICE = 'amzn1.ask.account.PHONE-API-ALICE';
const bodyOf = <T>(response: { body: string }) => JSON.parse(response.body) as T;

describe('the phone page’s API, on DynamoDB Local', () => {
  let world: PhoneWorld;
  let token: string;
  /** Every answer the tests got: none may name an account or a trolley key. */
  const answers: PhoneResponse[] = [];
  const send: PhoneWorld['send'] = async (request) => {
    const response = await world.send(request);
    answers.push(response);
    return response;
  };
  const held = () => world.held(ALICE);

  beforeEach(async () => {
    world = await phoneWorld();
    await world.add(ALICE, 'two tins of tuna, milk and a loaf of bread');
    token = await linkedToken(world, ALICE);
  });

  afterAll(() => {
    const everything = JSON.stringify(answers);
    expect(answers.length).toBeGreaterThan(20);
    expect(everything).not.toContain('amzn1.ask');
    expect(everything).not.toContain('household#');
  });

  it('shows the trolley by aisle in shopping order, with a version the next poll can send back', async () => {
    const response = await send({ path: '/api/trolley', token });
    expect(response.status).toBe(200);
    const view = bodyOf<TrolleyView>(response);
    expect(view.aisles.map((aisle) => [aisle.name, aisle.lines.map((line) => line.text)])).toEqual([
      ['Bakery', ['a loaf of bread']],
      ['Dairy and eggs', ['milk']],
      ['Food cupboard', ['2 tins of tuna']],
    ]);
    expect(view.countText).toBe('3 things');
    const unchanged = { 'if-none-match': `"${view.version}"` };
    expect((await send({ path: '/api/trolley', token, headers: unchanged })).status).toBe(304);
    await world.add(ALICE, 'eggs');
    const changed = await send({ path: '/api/trolley', token, headers: unchanged });
    expect(changed.status).toBe(200);
    expect(bodyOf<TrolleyView>(changed).count).toBe(4);
  });

  it('a tick takes out exactly that line, and the page’s Undo puts it back', async () => {
    const milk = { key: 'milk', unit: '', name: 'milk' };
    const ticked = await send(post('/api/tick', { id: randomUUID(), ...milk }, token));
    expect(ticked.status).toBe(200);
    expect(bodyOf<{ message: string }>(ticked).message).toBe('Removed the milk.');
    expect(await held()).toEqual(['2 tins of tuna', 'a loaf of bread']);
    const undone = await send(post('/api/untick', { id: randomUUID(), ...milk }, token));
    expect(bodyOf<{ message: string }>(undone).message).toMatch(/milk/);
    expect(await held()).toEqual(['2 tins of tuna', 'a loaf of bread', 'milk']);
  });

  it('the trolley’s own undo, as "undo" by voice, reverses the last change', async () => {
    await send(post('/api/add', { id: randomUUID(), text: 'butter' }, token));
    const undone = await send(post('/api/undo', { id: randomUUID() }, token));
    expect(undone.status).toBe(200);
    expect(await held()).toEqual(['2 tins of tuna', 'a loaf of bread', 'milk']);
  });

  it('a tick or an add sent twice with one id is applied once', async () => {
    const add = post('/api/add', { id: randomUUID(), text: 'two tins of tuna' }, token);
    expect((await send(add)).status).toBe(200);
    expect((await send(add)).status).toBe(200);
    expect(await held()).toContain('4 tins of tuna');
    const tick = post('/api/tick', { id: randomUUID(), key: 'milk', unit: '', name: 'milk' }, token);
    await send(tick);
    await world.add(ALICE, 'milk'); // someone puts milk back on the list by voice meanwhile
    const resent = await send(tick);
    expect(bodyOf<{ changed: boolean }>(resent).changed).toBe(false);
    expect(await held()).toContain('milk');
  });

  it('typed words are read as spoken ones: amounts, lists, catalogue aisles', async () => {
    const text = 'a dozen eggs and 2 pints of milk';
    const response = await send(post('/api/add', { id: randomUUID(), text }, token));
    expect(bodyOf<{ message: string }>(response).message).toBe('Added a dozen eggs and 2 pints of milk.');
    expect(await held()).toEqual(['2 pints of milk', '2 tins of tuna', 'a dozen eggs', 'a loaf of bread']);
  });

  it('bad input gets a clear answer and changes nothing', async () => {
    const before = await held();
    const long = await send(post('/api/add', { id: randomUUID(), text: 'very '.repeat(60) + 'long' }, token));
    expect(long.status).toBe(400);
    expect(bodyOf<{ message: string }>(long).message).toMatch(/very long name/);
    expect((await send({ ...post('/api/add', {}, token), body: '{not json' })).status).toBe(400);
    expect((await send(post('/api/tick', { id: 'short', key: 'milk', unit: '', name: 'milk' }, token))).status).toBe(
      400,
    );
    expect(
      (await send(post('/api/tick', { id: randomUUID(), key: 'milk', unit: 'bogus', name: 'milk' }, token))).status,
    ).toBe(400);
    expect((await send(post('/api/add', { id: randomUUID(), text: 'x'.repeat(5000) }, token))).status).toBe(413);
    const list = 'a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u';
    const tooMany = await send(post('/api/add', { id: randomUUID(), text: list }, token));
    expect(bodyOf<{ message: string }>(tooMany).message).toMatch(/up to 20/);
    expect(await held()).toEqual(before);
  });

  describe('security', () => {
    it('refuses a change without the page’s own header, or from another origin, and changes nothing', async () => {
      const tick = { id: randomUUID(), key: 'milk', unit: '', name: 'milk' };
      const body = JSON.stringify(tick);
      const formPost = await send({
        method: 'POST',
        path: '/api/tick',
        body,
        token,
        headers: { 'x-trolley-page': undefined },
      });
      expect(formPost.status).toBe(403);
      const crossSite = await send({ ...post('/api/tick', tick, token), headers: { origin: 'https://evil.example' } });
      expect(crossSite.status).toBe(403);
      expect(await held()).toContain('milk');
      const sameSite = await send({ ...post('/api/tick', tick, token), headers: { origin: 'http://localhost:1234' } });
      expect(sameSite.status).toBe(200);
      expect(await held()).not.toContain('milk');
    });

    it('answers 401 to no token, an unknown token and a revoked one, and clears the cookie', async () => {
      expect((await send({ path: '/api/trolley' })).status).toBe(401);
      expect((await send({ path: '/api/trolley', token: 'A'.repeat(43) })).status).toBe(401);
      expect((await send({ path: '/api/trolley', token })).status).toBe(200);
      expect(await world.households.unlinkPhones(ALICE)).toEqual({ revoked: 1 });
      const revoked = await send({ path: '/api/trolley', token });
      expect(revoked.status).toBe(401);
      expect(revoked.cookies).toEqual([expect.stringMatching(/^trolley_token=; Max-Age=0;/)]);
      expect((await send(post('/api/add', { id: randomUUID(), text: 'eggs' }, token))).status).toBe(401);
      expect(await held()).not.toContain('eggs');
    });

    it('stores the token only as its hash', async () => {
      const stored = JSON.stringify(await world.everything());
      expect(stored).not.toContain(token);
      expect(stored).toContain(sha256(token));
    });

    it('serves the page with a policy that runs only its own scripts', async () => {
      const page = await send({ path: '/' });
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.body).toContain('<script src="/app.js" defer></script>');
      expect((await send({ path: '/sw.js' })).headers['content-type']).toMatch(/javascript/);
      const icon = await send({ path: '/icon-512.png' });
      expect(icon.base64).toBe(true);
      expect(Buffer.from(icon.body, 'base64').subarray(1, 4).toString()).toBe('PNG');
      expect((await send({ path: '/nothing' })).status).toBe(404);
      expect((await send({ method: 'DELETE', path: '/api/trolley', token })).status).toBe(405);
    });
  });

  describe('pairing', () => {
    it('gives a code in a Secure, HttpOnly, SameSite=Strict cookie and, once said, the token the same way', async () => {
      const started = await send(post('/api/pairing', {}));
      expect(started.status).toBe(200);
      const { code, invocationName } = bodyOf<{ code: string; invocationName: string }>(started);
      expect(code).toMatch(/^[1-9]\d{5}$/);
      expect(invocationName).toBe('my trolley');
      const [pairingCookie] = started.cookies;
      expect(pairingCookie).toMatch(/; Max-Age=600; Path=\/; Secure; HttpOnly; SameSite=Strict$/);
      const cookie = (pairingCookie ?? '').split(';')[0] ?? '';
      expect(bodyOf(await send({ path: '/api/pairing', headers: { cookie } }))).toEqual({ status: 'waiting', code });
      expect(await world.households.link(ALICE, code)).toEqual({ linked: true });
      const linked = await send({ path: '/api/pairing', headers: { cookie } });
      expect(bodyOf(linked)).toEqual({ status: 'linked' });
      const tokenCookie = linked.cookies.find((value) => value.startsWith('trolley_token=')) ?? '';
      expect(tokenCookie).toMatch(
        /^trolley_token=[A-Za-z0-9_-]{43}; Max-Age=34560000; Path=\/; Secure; HttpOnly; SameSite=Strict$/,
      );
      const newToken = tokenCookie.split(/[=;]/)[1] ?? '';
      expect(linked.body).not.toContain(newToken);
      expect(bodyOf<TrolleyView>(await send({ path: '/api/trolley', token: newToken })).count).toBe(3);
      // Used up: the same cookie shown again gets nothing more.
      expect(bodyOf(await send({ path: '/api/pairing', headers: { cookie } }))).toEqual({ status: 'gone' });
    });

    it('a code that ran out, or a cookie with the wrong secret, is gone', async () => {
      const started = await send(post('/api/pairing', {}));
      const [value] = (started.cookies[0] ?? '').split(';');
      const [code] = (value ?? '').replace('trolley_pairing=', '').split('.');
      const forged = `trolley_pairing=${code}.${'B'.repeat(43)}`;
      expect(bodyOf(await send({ path: '/api/pairing', headers: { cookie: forged } }))).toEqual({ status: 'gone' });
      await world.expire(code ?? '');
      expect(bodyOf(await send({ path: '/api/pairing', headers: { cookie: value } }))).toEqual({ status: 'gone' });
    });

    it('says when too many codes were asked for from one address, and sets no cookie', async () => {
      const ask = () => send({ ...post('/api/pairing', {}), sourceAddress: '192.0.2.44' });
      for (let i = 0; i < RATE_LIMITS.pairingCodesPerAddress.attempts; i += 1) expect((await ask()).status).toBe(200);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(bodyOf(refused)).toEqual({ error: 'rateLimited' });
      expect(refused.cookies).toEqual([]);
      // Another address is not held up by it.
      expect((await send({ ...post('/api/pairing', {}), sourceAddress: '192.0.2.45' })).status).toBe(200);
    });
  });
});
