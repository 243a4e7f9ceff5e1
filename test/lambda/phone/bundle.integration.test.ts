import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLambda } from '../../../tools/build/bundle';
import { readPageAssets } from '../../../lambda/phone/pageAssets';
import { nodeBinary, RUNTIMES } from '../../support/nodeRuntimes';

/**
 * The phone handler as the stack runs it: exported from the one Lambda bundle, with the page's files inside
 * it (no esbuild, no files beside it), answering a function URL event. Loaded from a file in a fresh process.
 */
const RUNNER = `'use strict';
const { phoneHandler, handler } = require(process.argv[2]);
const event = (method, rawPath, extra = {}) => ({
  rawPath, headers: { host: 'abc.lambda-url.eu-west-1.on.aws' }, requestContext: { http: { method, sourceIp: '203.0.113.9' } }, ...extra,
});
(async () => {
  const page = await phoneHandler(event('GET', '/'));
  const icon = await phoneHandler(event('GET', '/icon-108.png'));
  const trolley = await phoneHandler(event('GET', '/api/trolley', { cookies: ['other=1'] }));
  const forged = await phoneHandler(event('POST', '/api/tick', { body: '{}' }));
  console.log(JSON.stringify({ page, icon, trolley, forged, skill: typeof handler }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('phoneHandler in the Lambda bundle', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'trolley-phone-bundle-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('serves the page and its API from the bundle alone, beside the skill’s handler', async () => {
    const bundle = await bundleLambda({ outDir: join(work, 'out'), metafilePath: join(work, 'meta.json') });
    expect(Object.keys(bundle.metafile.inputs).some((input) => input.includes('node_modules/esbuild'))).toBe(false);
    writeFileSync(join(work, 'runner.js'), RUNNER);
    // On the Node.js of the stack's Lambda runtime (nodejs22.x): the bundle's own route.
    const lambdaNode = RUNTIMES.find((runtime) => runtime.target === 'node22' && runtime.node !== 'current');
    const run = spawnSync(nodeBinary(lambdaNode?.node ?? 'current'), [join(work, 'runner.js'), bundle.codeFile], {
      encoding: 'utf8',
      cwd: work,
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT' },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answers = JSON.parse(run.stdout) as Record<
      string,
      { statusCode: number; body: string; cookies: string[]; isBase64Encoded: boolean }
    >;
    expect(answers.skill).toBe('function');
    expect(answers.page?.statusCode).toBe(200);
    expect(answers.page?.body).toBe(readPageAssets().files['/']?.body);
    expect(answers.icon).toMatchObject({ statusCode: 200, isBase64Encoded: true });
    expect(answers.trolley?.statusCode).toBe(401);
    expect(answers.trolley?.cookies).toEqual([expect.stringMatching(/^trolley_token=; Max-Age=0/)]);
    expect(answers.forged?.statusCode).toBe(403);
  });
});
