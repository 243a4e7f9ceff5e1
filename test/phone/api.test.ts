import { randomUUID } from 'node:crypto';
import { itemRequestsFor } from '../../lambda/domain/itemRequests';
import { apply } from '../../lambda/domain/trolley';
import type { TrolleyView } from '../../lambda/phone/trolleyView';
import { describeLine } from '../../lambda/speech/describe';
import { StandInLinks } from './support/standInLinks';
import { phoneWorld, post, type PhoneWorld } from './support/phoneWorld';

const TROLLEY = 'household#test-trolley';

async function fill(world: PhoneWorld, words: string) {
  const wanted = itemRequestsFor([{ words }], {}, 'en-GB');
  if (!wanted.ok) throw new Error(words);
  await world.store.update(TROLLEY, (state) => apply(state, { kind: 'add', items: wanted.requests }));
}

const held = async (world: PhoneWorld) => (await world.store.load(TROLLEY)).trolley.lines.map(describeLine);
const bodyOf = <T>(response: { body: string }) => JSON.parse(response.body) as T;

describe('the phone page’s API', () => {
  let world: PhoneWorld;
  let links: StandInLinks;
  let token: string;

  beforeEach(async () => {
    links = new StandInLinks();
    world = await phoneWorld(() => links);
    token = links.linked(TROLLEY);
    await fill(world, 'two tins of tuna, milk and a loaf of bread');
  });

  it('shows the trolley by aisle in shopping order, with a version the next poll can send back', async () => {
    const response = await world.send({ path: '/api/trolley', token });
    expect(response.status).toBe(200);
    const view = bodyOf<TrolleyView>(response);
    expect(view.aisles.map((aisle) => [aisle.name, aisle.lines.map((line) => line.text)])).toEqual([
      ['Bakery', ['a loaf of bread']],
      ['Dairy and eggs', ['milk']],
      ['Food cupboard', ['2 tins of tuna']],
    ]);
    expect(view.countText).toBe('3 things');
    const again = await world.send({ path: '/api/trolley', token, headers: { 'if-none-match': `"${view.version}"` } });
    expect(again.status).toBe(304);
    await fill(world, 'eggs');
    const changed = await world.send({
      path: '/api/trolley',
      token,
      headers: { 'if-none-match': `"${view.version}"` },
    });
    expect(changed.status).toBe(200);
    expect(bodyOf<TrolleyView>(changed).count).toBe(4);
  });

  it('a tick takes out exactly that line, and the page’s Undo puts it back', async () => {
    const ticked = await world.send(
      post('/api/tick', { id: randomUUID(), key: 'milk', unit: '', name: 'milk' }, token),
    );
    expect(ticked.status).toBe(200);
    expect(bodyOf<{ message: string }>(ticked).message).toBe('Removed the milk.');
    expect(await held(world)).toEqual(['2 tins of tuna', 'a loaf of bread']);
    const undone = await world.send(
      post('/api/untick', { id: randomUUID(), key: 'milk', unit: '', name: 'milk' }, token),
    );
    expect(bodyOf<{ message: string }>(undone).message).toMatch(/milk/);
    expect(await held(world)).toEqual(expect.arrayContaining(['2 tins of tuna', 'a loaf of bread', 'milk']));
  });

  it('a tick or an add sent twice with one id is applied once', async () => {
    const add = post('/api/add', { id: randomUUID(), text: 'two tins of tuna' }, token);
    expect((await world.send(add)).status).toBe(200);
    expect((await world.send(add)).status).toBe(200);
    expect(await held(world)).toContain('4 tins of tuna');
    const tick = post('/api/tick', { id: randomUUID(), key: 'milk', unit: '', name: 'milk' }, token);
    await world.send(tick);
    await fill(world, 'milk'); // someone puts milk back on the list by voice meanwhile
    const resent = await world.send(tick);
    expect(bodyOf<{ changed: boolean }>(resent).changed).toBe(false);
    expect(await held(world)).toContain('milk');
  });

  it('typed words are read as spoken ones: amounts, lists, catalogue aisles', async () => {
    const response = await world.send(
      post('/api/add', { id: randomUUID(), text: 'a dozen eggs and 2 pints of milk' }, token),
    );
    expect(bodyOf<{ message: string }>(response).message).toBe('Added a dozen eggs and 2 pints of milk.');
    expect(await held(world)).toEqual(['2 tins of tuna', '2 pints of milk', 'a loaf of bread', 'a dozen eggs']);
  });

  it('bad input gets a clear answer and changes nothing', async () => {
    const before = await held(world);
    const long = await world.send(post('/api/add', { id: randomUUID(), text: 'very '.repeat(60) + 'long' }, token));
    expect(long.status).toBe(400);
    expect(bodyOf<{ message: string }>(long).message).toMatch(/very long name/);
    const nonsense = await world.send({ ...post('/api/add', {}, token), body: '{not json' });
    expect(nonsense.status).toBe(400);
    const huge = await world.send(post('/api/add', { id: randomUUID(), text: 'x'.repeat(5000) }, token));
    expect(huge.status).toBe(413);
    const tooMany = await world.send(
      post(
        '/api/add',
        { id: randomUUID(), text: 'a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u' },
        token,
      ),
    );
    expect(bodyOf<{ message: string }>(tooMany).message).toMatch(/up to 20/);
    expect(await held(world)).toEqual(before);
  });

  describe('what another site cannot do', () => {
    it('refuses a change without the page’s own header, or from another origin, and changes nothing', async () => {
      const before = await held(world);
      const body = JSON.stringify({ id: randomUUID(), key: 'milk', unit: '', name: 'milk' });
      const formPost = await world.send({
        method: 'POST',
        path: '/api/tick',
        body,
        token,
        headers: { 'x-trolley-page': undefined },
      });
      expect(formPost.status).toBe(403);
      const crossSite = await world.send({
        ...post('/api/tick', JSON.parse(body), token),
        headers: { origin: 'https://evil.example' },
      });
      expect(crossSite.status).toBe(403);
      const sameSite = await world.send({
        ...post('/api/tick', JSON.parse(body), token),
        headers: { origin: 'http://localhost:1234' },
      });
      expect(sameSite.status).toBe(200);
      expect(before).toContain('milk');
      expect(await held(world)).not.toContain('milk');
    });

    it('answers 401 to no token, an unknown token and a revoked one, and clears the cookie', async () => {
      expect((await world.send({ path: '/api/trolley' })).status).toBe(401);
      expect((await world.send({ path: '/api/trolley', token: 'made-up' })).status).toBe(401);
      links.revokeAll();
      const revoked = await world.send({ path: '/api/trolley', token });
      expect(revoked.status).toBe(401);
      expect(revoked.cookies).toEqual([expect.stringMatching(/^trolley_token=; Max-Age=0;/)]);
      const change = await world.send(post('/api/add', { id: randomUUID(), text: 'eggs' }, token));
      expect(change.status).toBe(401);
      expect(await held(world)).not.toContain('eggs');
    });

    it('serves the page with a policy that runs only its own scripts', async () => {
      const page = await world.send({ path: '/' });
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.body).toContain('<script src="/app.js" defer></script>');
      expect((await world.send({ path: '/sw.js' })).headers['content-type']).toMatch(/javascript/);
      const icon = await world.send({ path: '/icon-512.png' });
      expect(icon.base64).toBe(true);
      expect(Buffer.from(icon.body, 'base64').subarray(1, 4).toString()).toBe('PNG');
      expect((await world.send({ path: '/nothing' })).status).toBe(404);
    });
  });

  describe('pairing', () => {
    it('gives a code in a Secure, HttpOnly, SameSite=Strict cookie and, once approved, the token the same way', async () => {
      const started = await world.send(post('/api/pairing', {}));
      expect(started.status).toBe(200);
      const { code, invocationName } = bodyOf<{ code: string; invocationName: string }>(started);
      expect(code).toMatch(/^\d{6}$/);
      expect(invocationName).toBe('my trolley');
      const [pairingCookie] = started.cookies;
      expect(pairingCookie).toMatch(/; Max-Age=600; Path=\/; Secure; HttpOnly; SameSite=Strict$/);
      const cookie = (pairingCookie ?? '').split(';')[0] ?? '';
      const waiting = await world.send({ path: '/api/pairing', headers: { cookie } });
      expect(bodyOf(waiting)).toEqual({ status: 'waiting', code });
      links.approve(code, TROLLEY);
      const linked = await world.send({ path: '/api/pairing', headers: { cookie } });
      expect(bodyOf(linked)).toEqual({ status: 'linked' });
      const tokenCookie = linked.cookies.find((value) => value.startsWith('trolley_token='));
      expect(tokenCookie).toMatch(
        /^trolley_token=[A-Za-z0-9_-]{40,}; Max-Age=34560000; Path=\/; Secure; HttpOnly; SameSite=Strict$/,
      );
      expect(linked.body).not.toContain((tokenCookie ?? '').split(/[=;]/)[1]);
      const after = await world.send({ path: '/api/pairing', headers: { cookie } });
      expect(bodyOf(after)).toEqual({ status: 'gone' });
    });

    it('says when too many codes were asked for', async () => {
      links.limited = true;
      const refused = await world.send(post('/api/pairing', {}));
      expect(refused.status).toBe(429);
      expect(refused.cookies).toEqual([]);
    });
  });
});
