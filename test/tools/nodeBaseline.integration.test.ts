import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/build/paths';
import { nodeMajor, olderNodeNotice, RECOMMENDED_NODE_MAJOR } from '../../tools/nodeBaseline';
import { nodeBinary } from '../support/nodeRuntimes';

/** A tool's start as the simulator does it: the notice, then two DynamoDB clients (each would warn). */
const SCRIPT = `
import { DynamoDBClient } from ${JSON.stringify(require.resolve('@aws-sdk/client-dynamodb'))};
import { noticeOlderNodeOnce } from ${JSON.stringify(join(PROJECT_ROOT, 'tools', 'nodeBaseline'))};
noticeOlderNodeOnce(console.error);
new DynamoDBClient({ region: 'eu-west-1' }).destroy();
new DynamoDBClient({ region: 'eu-west-1' }).destroy();
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'trolley-node-baseline-'));
  writeFileSync(join(work, 'start.ts'), SCRIPT);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function stderrOfStart(node: string): string {
  const env = { ...process.env };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED; // as a fresh shell has it
  const child = spawnSync(node, [require.resolve('tsx/cli'), join(work, 'start.ts')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  expect(child.status).toBe(0);
  return child.stderr;
}

describe('the Node.js baseline', () => {
  it('recommends the Node.js the self-hosted Lambda runs and the AWS SDK will need', () => {
    expect(RECOMMENDED_NODE_MAJOR).toBe(22);
    expect(olderNodeNotice('v20.20.2')).toMatch(
      /^Note: Node\.js v20\.20\.2 works here, but Node\.js 22 is recommended/,
    );
    expect(olderNodeNotice('v22.23.5')).toBeUndefined();
    expect(olderNodeNotice('v24.1.0')).toBeUndefined();
  });

  it('on an older Node.js says so in one line, once, instead of the SDK warning for every client', () => {
    const stderr = stderrOfStart(process.execPath);
    if (nodeMajor() >= RECOMMENDED_NODE_MAJOR) {
      expect(stderr).toBe('');
    } else {
      expect(stderr.trim().split('\n')).toEqual([olderNodeNotice()]);
    }
  }, 60_000);

  it('says nothing on Node.js 22', () => {
    expect(stderrOfStart(nodeBinary('22.23.5'))).toBe('');
  }, 300_000);
});
