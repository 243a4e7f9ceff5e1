/**
 * The Node.js this project is developed on. 22 is recommended: it is what the self-hosted Lambda runs, and
 * AWS SDK v3 releases after the first week of January 2027 need it. 20 still runs everything (`engines`
 * says >=20, and CI runs 20), so on 20 the tools say so once, in one line, instead of the SDK's eight-line
 * warning in every process and every test file.
 */
export const RECOMMENDED_NODE_MAJOR = 22;

/** The SDK's own switch for its NodeVersionSupportWarning (@aws-sdk/core, emitWarningIfUnsupportedVersion). */
const SDK_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

export function nodeMajor(version: string = process.version): number {
  return Number.parseInt(version.replace(/^v/, ''), 10);
}

/** What to tell a developer on an older Node.js; undefined on the recommended one or newer. */
export function olderNodeNotice(version: string = process.version): string | undefined {
  if (nodeMajor(version) >= RECOMMENDED_NODE_MAJOR) return undefined;
  return (
    `Note: Node.js ${version} works here, but Node.js ${RECOMMENDED_NODE_MAJOR} is recommended: AWS SDK releases ` +
    `after the first week of January 2027 need it (see README, "Node.js").`
  );
}

/**
 * Says the notice once (when there is one), then turns the SDK's own copy of it off for this process and the
 * processes it starts (jest's workers), which would otherwise repeat it in each.
 */
export function noticeOlderNodeOnce(say: (line: string) => void, env: NodeJS.ProcessEnv = process.env): void {
  const notice = olderNodeNotice();
  if (notice && env[SDK_WARNING_SWITCH] !== 'true') say(notice);
  env[SDK_WARNING_SWITCH] = 'true';
}
