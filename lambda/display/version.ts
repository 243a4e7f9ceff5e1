/**
 * Which APL version the trolley document declares to a device, from the newest the device runs
 * (`context.System.device.supportedInterfaces["Alexa.Presentation.APL"].runtime.maxVersion`).
 */

/** The oldest APL the document works on: it needs the dynamicIndexList datasource (1.3) and `role` (1.4). */
export const OLDEST_APL_VERSION = '1.4';
/** The newest APL the document was written and validated for; newer devices render it as this version. */
export const NEWEST_APL_VERSION = '1.8';

type Version = readonly [major: number, minor: number];

/** "1.8" → [1, 8], "2024.2" → [2024, 2] (APL went from 1.9 to year-numbered releases); else undefined. */
function parse(version: unknown): Version | undefined {
  const match = typeof version === 'string' ? /^(\d{1,4})\.(\d{1,2})$/.exec(version.trim()) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1];

/**
 * The version to declare: the device's own when it is between the oldest and newest the document knows,
 * the newest when the device is newer, and undefined (send no document) when it is older or says nothing
 * readable, since a runtime refuses a document newer than itself.
 */
export function documentVersionFor(maxVersion: unknown): string | undefined {
  const device = parse(maxVersion);
  if (!device || compare(device, parse(OLDEST_APL_VERSION)!) < 0) return undefined;
  return compare(device, parse(NEWEST_APL_VERSION)!) >= 0 ? NEWEST_APL_VERSION : `${device[0]}.${device[1]}`;
}
