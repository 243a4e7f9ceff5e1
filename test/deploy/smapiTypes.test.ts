/**
 * The committed skill.json and interaction models checked against ask-smapi-model, the types and OpenAPI
 * spec SMAPI itself is generated from: at compile time (tsc fails when a file stops fitting its type) and at
 * run time (unknown keys, enum values, lengths: what an imported JSON type cannot express).
 */
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import smapiSpec from 'ask-smapi-model/spec.json';
import skillJson from '../../skill-package/skill.json';
import { skillEventSubscriptions } from '../../tools/deploy/askProject';
import { withHostedEndpoints, type SkillManifestFile } from '../../tools/deploy/hostedManifest';
import { withPrivacyUrl } from '../../tools/deploy/privacyPolicy';
import enAU from '../../skill-package/interactionModels/custom/en-AU.json';
import enCA from '../../skill-package/interactionModels/custom/en-CA.json';
import enGB from '../../skill-package/interactionModels/custom/en-GB.json';
import enIN from '../../skill-package/interactionModels/custom/en-IN.json';
import enUS from '../../skill-package/interactionModels/custom/en-US.json';

/**
 * A JSON import types every string as `string`, never as the literal an enum needs ("LOW", "1.0"), so the
 * compile-time check compares shapes with enums widened; the run-time check below holds the enum values.
 */
type Widened<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer Element)[]
      ? readonly Widened<Element>[]
      : { [Key in keyof T]: Widened<T[Key]> };

type SkillJson = { manifest: v1.skill.Manifest.SkillManifest };

const typedSkillJson: Widened<SkillJson> = skillJson;
const typedModels: Record<string, Widened<v1.skill.interactionModel.InteractionModelData>> = {
  'en-GB': enGB,
  'en-US': enUS,
  'en-AU': enAU,
  'en-CA': enCA,
  'en-IN': enIN,
};

// ---- A small validator for the Swagger 2.0 definitions in ask-smapi-model/spec.json ----

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  enum?: unknown[];
  allOf?: Schema[];
  discriminator?: string;
  'x-discriminator-value'?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

const DEFINITIONS = (smapiSpec as unknown as { definitions: Record<string, Schema> }).definitions;

function definition(ref: string): Schema {
  const name = ref.replace('#/definitions/', '');
  const found = DEFINITIONS[name];
  if (!found) throw new Error(`spec.json has no definition ${name}`);
  return found;
}

/** The concrete subtype a discriminated value names ("type": "...") when the schema has a discriminator. */
function subtypeFor(ref: string, schema: Schema, value: unknown): Schema {
  const key = schema.discriminator;
  if (!key || typeof value !== 'object' || value === null) return schema;
  const wanted = (value as Record<string, unknown>)[key];
  const subtype = Object.values(DEFINITIONS).find(
    (candidate) => candidate['x-discriminator-value'] === wanted && candidate.allOf?.some((part) => part.$ref === ref),
  );
  return subtype ?? schema;
}

/** One schema with its allOf parts merged in, so properties from every part count as known. */
function flatten(schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => flatten(part.$ref ? definition(part.$ref) : part));
  return parts.reduce<Schema>(
    (merged, part) => ({
      ...merged,
      ...part,
      properties: { ...merged.properties, ...part.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    }),
    { ...schema, allOf: undefined },
  );
}

/**
 * Exceptions where the spec is stricter than the service: the Alexa developer console itself writes an
 * empty "synonyms" array for a slot value with none, and SMAPI accepts it.
 */
function minItemsApplies(path: string): boolean {
  return !path.endsWith('.synonyms');
}

function validate(schemaOrRef: Schema, value: unknown, path: string, errors: string[]): void {
  let schema = schemaOrRef;
  if (schema.$ref) schema = subtypeFor(schema.$ref, definition(schema.$ref), value);
  schema = flatten(schema);

  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of the allowed values`);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'string':
      if (typeof value !== 'string') return void errors.push(`${path}: expected a string`);
      if (schema.minLength !== undefined && value.length < schema.minLength)
        errors.push(`${path}: shorter than ${schema.minLength}`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength)
        errors.push(`${path}: longer than ${schema.maxLength}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${path}: expected a boolean`);
      return;
    case 'integer':
    case 'number':
      if (typeof value !== 'number') errors.push(`${path}: expected a number`);
      return;
    case 'array':
      if (!Array.isArray(value)) return void errors.push(`${path}: expected an array`);
      if (schema.minItems !== undefined && value.length < schema.minItems && minItemsApplies(path)) {
        errors.push(`${path}: fewer than ${schema.minItems} items`);
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        errors.push(`${path}: more than ${schema.maxItems} items`);
      value.forEach((element, index) => schema.items && validate(schema.items, element, `${path}[${index}]`, errors));
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return void errors.push(`${path}: expected an object`);
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}: missing ${key}`);
      for (const [key, child] of Object.entries(record)) {
        const property = schema.properties?.[key];
        if (property) validate(property, child, `${path}.${key}`, errors);
        else if (typeof schema.additionalProperties === 'object')
          validate(schema.additionalProperties, child, `${path}.${key}`, errors);
        else if (schema.additionalProperties !== true) errors.push(`${path}: unknown property ${key}`);
      }
      return;
    }
    default:
      return;
  }
}

function errorsFor(definitionName: string, value: unknown): string[] {
  const errors: string[] = [];
  validate({ $ref: `#/definitions/${definitionName}` }, value, '$', errors);
  return errors;
}

const ROOT = join(__dirname, '..', '..');
const OWN_ARN = 'arn:aws:lambda:eu-west-1:222222222222:function:ask-trolley-skill';
const HOSTED_ARN = 'arn:aws:lambda:us-east-1:111111111111:function:hosted-skill';

/**
 * What the cfn-deployer does to skill.json after the stack is up (ask-cli's
 * skill-infrastructure-controller, updateSkillManifestWithDeployResult): the endpoint into every API domain,
 * and, from `skillEvents` in ask-resources.json, the events with the same endpoint.
 */
function afterCfnDeploy(committed: SkillManifestFile): SkillManifestFile {
  const deployed = structuredClone(committed);
  const endpoint = { uri: OWN_ARN };
  Object.assign((deployed.manifest.apis?.custom as object | undefined) ?? {}, { endpoint });
  const subscriptions = skillEventSubscriptions(ROOT);
  if (subscriptions.length > 0)
    deployed.manifest.events = { endpoint, subscriptions: subscriptions.map((eventName) => ({ eventName })) };
  return deployed;
}

describe('skill.json against ask-smapi-model', () => {
  it('fits SkillManifestEnvelope as committed, so `ask deploy` can upload it before the stack exists', () => {
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', typedSkillJson)).toEqual([]);
  });

  it('would be refused with events but no endpoint, as SMAPI refuses it (the spec requires one)', () => {
    const withBareEvents = { manifest: { ...typedSkillJson.manifest, events: { subscriptions: [] } } };
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', withBareEvents)).toEqual([
      '$.manifest.events: missing endpoint',
    ]);
  });

  it('fits once the cfn-deployer has written its endpoint and the skill events of ask-resources.json', () => {
    const deployed = afterCfnDeploy(structuredClone(skillJson) as SkillManifestFile);
    expect(deployed.manifest.events?.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', deployed)).toEqual([]);
  });

  it('fits as `npm run deploy:hosted` writes it into the hosted repository, events and all', () => {
    const hosted: SkillManifestFile = {
      manifest: { manifestVersion: '1.0', apis: { custom: { endpoint: { uri: HOSTED_ARN } } } },
    };
    const { skillJson: written, warnings } = withHostedEndpoints(
      structuredClone(skillJson) as SkillManifestFile,
      hosted,
      skillEventSubscriptions(ROOT),
    );
    expect(warnings).toEqual([]);
    expect(written.manifest.events).toEqual({
      endpoint: { uri: HOSTED_ARN },
      subscriptions: [{ eventName: 'SKILL_DISABLED' }],
    });
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', written)).toEqual([]);
  });

  it('fits with the privacy policy address `npm run privacy-url` sets', () => {
    const withUrl = withPrivacyUrl(structuredClone(skillJson), 'https://example.org/privacy');
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', withUrl)).toEqual([]);
  });

  it('catches a misspelt key or a wrong enum value (the validator itself works)', () => {
    const broken = structuredClone(typedSkillJson) as unknown as { manifest: Record<string, unknown> };
    broken.manifest.manifestVersion = '2.0';
    broken.manifest.privacyAndCompliance = { allowsPurchase: false };
    expect(errorsFor('v1.skill.Manifest.SkillManifestEnvelope', broken)).toEqual(
      expect.arrayContaining([
        '$.manifest.manifestVersion: "2.0" is not one of the allowed values',
        '$.manifest.privacyAndCompliance: unknown property allowsPurchase',
      ]),
    );
  });
});

describe.each(Object.keys(typedModels))('the %s interaction model against ask-smapi-model', (locale) => {
  it('fits InteractionModelData', () => {
    expect(errorsFor('v1.skill.interactionModel.InteractionModelData', typedModels[locale])).toEqual([]);
  });
});

describe('the validator on a broken interaction model', () => {
  it('finds a wrong enum value and a slot value without a name, deep inside the model', () => {
    const broken = structuredClone(typedModels['en-GB']) as unknown as {
      interactionModel: { languageModel: { modelConfiguration: unknown; types: { values: unknown[] }[] } };
    };
    broken.interactionModel.languageModel.modelConfiguration = { fallbackIntentSensitivity: { level: 'LOWEST' } };
    broken.interactionModel.languageModel.types[0]?.values.push({ id: 'x' });
    const errors = errorsFor('v1.skill.interactionModel.InteractionModelData', broken);
    expect(errors).toContain(
      '$.interactionModel.languageModel.modelConfiguration.fallbackIntentSensitivity.level: "LOWEST" is not one of the allowed values',
    );
    expect(errors.some((error) => /types\[0\]\.values\[\d+\]: missing name$/.test(error))).toBe(true);
  });
});
