import { StaticAplTemplateValidator, type IValidationInfo } from 'apl-suggester';
import type { Directive, interfaces } from 'ask-sdk-model';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type SendIndexListData = interfaces.alexa.presentation.apl.SendIndexListDataDirective;

const validator = new StaticAplTemplateValidator();

/** apl-suggester's notes on its own schemas ("No mixin for component : Frame"): about it, not the document. */
const SUGGESTER_OWN_NOTES = /^(No mixin for component|Failed to find layoutType for component)/;

/** Runs apl-suggester with its notes about its own schemas kept out of the test log; anything else it says passes. */
async function quietly<T>(check: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  const spy = jest.spyOn(console, 'warn').mockImplementation((message?: unknown, ...rest: unknown[]) => {
    if (!(typeof message === 'string' && SUGGESTER_OWN_NOTES.test(message))) warn(message, ...rest);
  });
  try {
    return await check();
  } finally {
    spy.mockRestore();
  }
}

/** What Amazon's APL validator finds in a document, warnings included (JSON round trip: it annotates its input). */
export function aplFindings(document: unknown): Promise<IValidationInfo[]> {
  return quietly(() => validator.validate(JSON.parse(JSON.stringify(document)) as object));
}

/** What it finds in a RenderDocument's datasources, plus the dynamicIndexList fields APL requires of any there. */
export async function datasourceFindings(datasources: unknown): Promise<string[]> {
  const found = await quietly(() => validator.validateDataSources(JSON.parse(JSON.stringify(datasources)) as object));
  const findings = found.map((info) => `${info.path}: ${info.errorMessage}`);
  for (const [name, source] of Object.entries(datasources as Record<string, Record<string, unknown>>)) {
    if (source.type !== 'dynamicIndexList') continue;
    const { listId, startIndex, minimumInclusiveIndex: min, maximumExclusiveIndex: max, items } = source;
    if (typeof listId !== 'string' || !listId) findings.push(`${name}: no listId`);
    if (![startIndex, min, max].every(Number.isSafeInteger)) findings.push(`${name}: indexes are not integers`);
    else if (!((min as number) <= (startIndex as number) && (startIndex as number) <= (max as number)))
      findings.push(`${name}: startIndex outside [minimumInclusiveIndex, maximumExclusiveIndex]`);
    if (!Array.isArray(items)) findings.push(`${name}: items is not an array`);
    else if ((startIndex as number) + items.length > (max as number)) findings.push(`${name}: items past maximum`);
  }
  return findings;
}

/**
 * What is wrong with a SendIndexListData answering a load of `listId` from `startIndex` (correlation token
 * `correlationToken`), for a list now at `listVersion - 1` loads: the fields a device checks before it adds
 * the rows, and the rows as a datasource after they are added to `drawn`.
 */
export async function pageFindings(
  sent: SendIndexListData,
  asked: { correlationToken: string; listId: string; startIndex: number; listVersion: number },
  drawn: { readonly maximumExclusiveIndex: number; readonly items: readonly unknown[] },
): Promise<string[]> {
  const findings: string[] = [];
  if (sent.correlationToken !== asked.correlationToken) findings.push('not the load’s correlationToken');
  if (sent.listId !== asked.listId) findings.push('not the load’s listId');
  if (sent.listVersion !== asked.listVersion)
    findings.push(`listVersion ${sent.listVersion}, not ${asked.listVersion}`);
  if (sent.startIndex !== asked.startIndex) findings.push('not the load’s startIndex');
  if (!Array.isArray(sent.items) || sent.items.length === 0) findings.push('no items (the device would ask again)');
  const max = sent.maximumExclusiveIndex ?? drawn.maximumExclusiveIndex;
  const loaded = { ...drawn, maximumExclusiveIndex: max, items: [...drawn.items, ...(sent.items ?? [])] };
  findings.push(...(await datasourceFindings({ loaded })));
  return findings;
}

/** The RenderDocument directive of a response, if any. */
export function renderDocumentOf(directives: readonly Directive[] | undefined): RenderDocument | undefined {
  return directives?.find(
    (directive): directive is RenderDocument => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  );
}

/** The SendIndexListData directive of a response, if any. */
export function sentPageOf(directives: readonly Directive[] | undefined): SendIndexListData | undefined {
  return directives?.find(
    (directive): directive is SendIndexListData => directive.type === 'Alexa.Presentation.APL.SendIndexListData',
  );
}
