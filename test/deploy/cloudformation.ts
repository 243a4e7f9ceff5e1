import { readFileSync } from 'node:fs';
import { parse, type CollectionTag, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Reads a CloudFormation template written in YAML, turning the short forms of intrinsic functions (`!Ref X`,
 * `!GetAtt A.B`, `!Sub [..]`) into the long JSON forms (`{ Ref: 'X' }`, `{ 'Fn::GetAtt': ['A', 'B'] }`), so
 * tests can look at the template as CloudFormation sees it.
 */
const FUNCTIONS = [
  'Ref',
  'GetAtt',
  'Sub',
  'Join',
  'If',
  'Equals',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'Not',
  'And',
  'Or',
  'Base64',
  'Cidr',
  'GetAZs',
  'Condition',
] as const;

function longName(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function scalarValue(name: string, value: string): unknown {
  // `!GetAtt Resource.Attribute` is short for the list form; attributes may themselves contain dots.
  if (name === 'GetAtt') {
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
  }
  return value;
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = longName(name);
  const tag = `!${name}`;
  return [
    { tag, resolve: (value: string) => ({ [key]: scalarValue(name, value) }) },
    {
      tag,
      collection: 'seq',
      resolve: (value: YAMLSeq.Parsed | YAMLMap.Parsed) => ({ [key]: value.toJSON() as unknown }),
    },
    {
      tag,
      collection: 'map',
      resolve: (value: YAMLSeq.Parsed | YAMLMap.Parsed) => ({ [key]: value.toJSON() as unknown }),
    },
  ];
}

export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = FUNCTIONS.flatMap(tagsFor);

export type Template = {
  AWSTemplateFormatVersion?: string;
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown; Description?: string }>;
};

export interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string | string[];
}

export function parseTemplate(text: string): Template {
  return parse(text, { customTags: CLOUDFORMATION_TAGS }) as Template;
}

export function readTemplate(file: string): Template {
  return parseTemplate(readFileSync(file, 'utf8'));
}

/** The one resource of a type; fails when there are none or several, so tests never check the wrong one. */
export function onlyResource(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as [string, Resource];
}
