/**
 * Which intents the skill's code handles, found by reading `lambda/**\/*.ts`: names passed to the
 * handlers' `isIntent(input, 'AddItemIntent', …)` helper (or `intentIs`/`isIntentName`), and names compared
 * with `getIntentName(…) === '…'` or `intent.name === '…'`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HELPER_CALL = /\b(?:isIntent|intentIs|isIntentName)\s*\(([^)]*)\)/g;
const NAME_COMPARISON = /(?:getIntentName\([^)]*\)|intent\??\.name)\s*[!=]==?\s*['"`]([^'"`]+)['"`]/g;
const QUOTED = /['"`]([A-Za-z][\w.]*)['"`]/g;

export function handledIntentsIn(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, args] of source.matchAll(HELPER_CALL)) {
    for (const [, name] of (args ?? '').matchAll(QUOTED)) if (name) names.add(name);
  }
  for (const [, name] of source.matchAll(NAME_COMPARISON)) if (name) names.add(name);
  return names;
}

function typeScriptFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return /\.ts$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

export function handledIntents(lambdaDir: string): Set<string> {
  const names = new Set<string>();
  for (const file of typeScriptFiles(lambdaDir)) {
    for (const name of handledIntentsIn(readFileSync(file, 'utf8'))) names.add(name);
  }
  return names;
}
