import AdmZip from 'adm-zip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A fixed time for every entry, so the same bundle always makes the same zip: `ask deploy` hashes the zip to
 * decide whether the code changed.
 */
const FIXED_ENTRY_TIME = new Date(2000, 0, 1);

export interface ZipEntry {
  /** The name inside the zip, at its root. */
  readonly name: string;
  readonly content: Buffer;
}

/** Writes the entries to a zip (creating its folder) and returns the zip's size in bytes. */
export function writeZip(outZip: string, entries: readonly ZipEntry[]): number {
  const zip = new AdmZip();
  for (const { name, content } of entries) {
    const entry = zip.addFile(name, content, '', 0o644);
    entry.header.time = FIXED_ENTRY_TIME;
  }
  const bytes = zip.toBuffer();
  mkdirSync(dirname(outZip), { recursive: true });
  writeFileSync(outZip, bytes);
  return bytes.length;
}
