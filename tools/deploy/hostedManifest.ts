/**
 * Our skill.json, pointed at an Alexa-hosted skill's Lambda instead of ours.
 *
 * An Alexa-hosted skill's own skill.json carries the endpoint of the Lambda that Alexa made for it (in
 * `apis.custom.endpoint` and, per Alexa region, `apis.custom.regions`). Our skill.json carries whatever
 * `ask deploy` last wrote there (the user's own Lambda) or no endpoint at all. Everything else (names,
 * locales, interfaces, event subscriptions) is ours; only where requests and events go is the hosted skill's.
 */

export type JsonObject = { [key: string]: unknown };

export interface SkillManifestFile {
  manifest: JsonObject & { apis?: JsonObject; events?: JsonObject };
  [key: string]: unknown;
}

export interface MergedManifest {
  readonly skillJson: SkillManifestFile;
  /** Things the caller should tell the user about. */
  readonly warnings: readonly string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: unknown, key: string): JsonObject | undefined {
  if (!isObject(parent)) return undefined;
  const value = parent[key];
  return isObject(value) ? value : undefined;
}

/** Where requests for one API domain (or events) go: the default endpoint and the per-region ones. */
interface Routing {
  readonly endpoint: JsonObject | undefined;
  readonly regions: JsonObject | undefined;
}

function routingOf(section: JsonObject | undefined): Routing {
  return { endpoint: objectAt(section, 'endpoint'), regions: objectAt(section, 'regions') };
}

function setRouting(section: JsonObject, routing: Routing): void {
  delete section.endpoint;
  delete section.regions;
  if (routing.endpoint) section.endpoint = structuredClone(routing.endpoint);
  if (routing.regions) section.regions = structuredClone(routing.regions);
}

function eventNamesIn(events: JsonObject | undefined): string[] {
  const subscriptions = events?.subscriptions;
  if (!Array.isArray(subscriptions)) return [];
  return subscriptions.flatMap((entry: unknown) =>
    isObject(entry) && typeof entry.eventName === 'string' ? [entry.eventName] : [],
  );
}

export function isSkillManifestFile(value: unknown): value is SkillManifestFile {
  return isObject(value) && isObject(value.manifest);
}

/**
 * Returns our skill.json with every endpoint replaced by the hosted skill's: each API domain we declare
 * takes the hosted skill's routing for that domain. The skill events we subscribe to (`skillEvents` in our
 * ask-resources.json, which the cfn-deployer reads; never committed in skill.json, where SMAPI would need an
 * endpoint) go to the hosted events endpoint, or to the hosted custom endpoint: a hosted skill's one Lambda.
 */
export function withHostedEndpoints(
  ours: SkillManifestFile,
  hosted: SkillManifestFile | undefined,
  subscriptions: readonly string[] = [],
): MergedManifest {
  const skillJson = structuredClone(ours);
  const warnings: string[] = [];
  const hostedApis = objectAt(hosted?.manifest, 'apis');

  const apis = objectAt(skillJson.manifest, 'apis') ?? {};
  for (const [domain, section] of Object.entries(apis)) {
    if (!isObject(section)) continue;
    const hostedRouting = routingOf(objectAt(hostedApis, domain));
    if (!hostedRouting.endpoint && !hostedRouting.regions) {
      // Never send a hosted skill's users to the Lambda in someone's own AWS account by accident.
      if (section.endpoint || section.regions)
        warnings.push(`The hosted skill.json has no endpoint for "${domain}": left it without one.`);
      setRouting(section, { endpoint: undefined, regions: undefined });
      continue;
    }
    setRouting(section, hostedRouting);
  }

  // skill.json carries events only after `ask deploy` wrote them there; keep those subscriptions too.
  const eventNames = [...new Set([...subscriptions, ...eventNamesIn(objectAt(skillJson.manifest, 'events'))])];
  delete skillJson.manifest.events;
  if (eventNames.length > 0) {
    const hostedEvents = routingOf(objectAt(hosted?.manifest, 'events'));
    const hostedCustom = routingOf(objectAt(hostedApis, 'custom'));
    const routing = hostedEvents.endpoint || hostedEvents.regions ? hostedEvents : hostedCustom;
    if (routing.endpoint || routing.regions) {
      const events: JsonObject = { subscriptions: eventNames.map((eventName) => ({ eventName })) };
      setRouting(events, routing);
      skillJson.manifest.events = events;
    } else {
      // SMAPI refuses events without an endpoint: better no subscription than a manifest that won't deploy.
      warnings.push(`No hosted endpoint to send skill events to: left out ${eventNames.join(', ')}.`);
    }
  }

  return { skillJson, warnings };
}
