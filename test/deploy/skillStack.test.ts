import { join } from 'node:path';
import { onlyResource, parseTemplate, readTemplate, type Resource, type Template } from './cloudformation';

const ROOT = join(__dirname, '..', '..');
const TEMPLATE = join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

/** What the cfn-deployer passes on every deploy (ask-cli cfn-deployer `_mapStackParameters`). */
const DEPLOYER_PARAMETERS = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
const TABLE_ACTIONS = ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  NotAction?: unknown;
  NotResource?: unknown;
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('the CloudFormation parser used here', () => {
  it('reads every intrinsic function in its scalar and sequence forms', () => {
    const parsed = parseTemplate(`
Resources:
  R:
    Type: X
    Properties:
      ref: !Ref Thing
      getAtt: !GetAtt Table.StreamArn
      getAttList: !GetAtt [Table, Arn]
      sub: !Sub 'arn:\${AWS::Partition}:x'
      subList: !Sub ['\${A}', { A: !Ref B }]
      join: !Join [',', [a, b]]
      if: !If [IsProd, !Ref A, !Ref AWS::NoValue]
      equals: !Equals [!Ref Env, prod]
      select: !Select [0, !GetAZs '']
      split: !Split [',', 'a,b']
      findInMap: !FindInMap [Map, !Ref AWS::Region, Key]
      importValue: !ImportValue shared-table
      not: !Not [!Equals [a, b]]
      and: !And [!Condition A, !Condition B]
      or: !Or [!Condition A, !Condition B]
      base64: !Base64 text
      cidr: !Cidr ['10.0.0.0/16', 6, 8]
      getAZs: !GetAZs eu-west-1
`);
    expect(parsed.Resources.R?.Properties).toEqual({
      ref: { Ref: 'Thing' },
      getAtt: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      getAttList: { 'Fn::GetAtt': ['Table', 'Arn'] },
      sub: { 'Fn::Sub': 'arn:${AWS::Partition}:x' },
      subList: { 'Fn::Sub': ['${A}', { A: { Ref: 'B' } }] },
      join: { 'Fn::Join': [',', ['a', 'b']] },
      if: { 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      equals: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      split: { 'Fn::Split': [',', 'a,b'] },
      findInMap: { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Key'] },
      importValue: { 'Fn::ImportValue': 'shared-table' },
      not: { 'Fn::Not': [{ 'Fn::Equals': ['a', 'b'] }] },
      and: { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] },
      or: { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] },
      base64: { 'Fn::Base64': 'text' },
      cidr: { 'Fn::Cidr': ['10.0.0.0/16', 6, 8] },
      getAZs: { 'Fn::GetAZs': 'eu-west-1' },
    });
  });
});

describe('infrastructure/cfn-deployer/skill-stack.yaml', () => {
  let template: Template;
  let tableId: string;
  let table: Resource;
  let functionId: string;
  let fn: Resource;
  let logGroupId: string;
  let logGroup: Resource;

  beforeAll(() => {
    template = readTemplate(TEMPLATE);
    [tableId, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    // The skill's function is the one the deployer writes into skill.json; the phone page's is the other.
    functionId = (template.Outputs?.SkillEndpoint?.Value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    fn = template.Resources[functionId] as Resource;
    [logGroupId, logGroup] = onlyResource(template, 'AWS::Logs::LogGroup');
  });

  it('takes the parameters the cfn-deployer passes, and no others without a default', () => {
    const parameters = template.Parameters ?? {};
    expect(Object.keys(parameters)).toEqual(expect.arrayContaining(DEPLOYER_PARAMETERS));
    const unfilled = Object.entries(parameters).filter(
      ([name, parameter]) => !DEPLOYER_PARAMETERS.includes(name) && parameter.Default === undefined,
    );
    expect(unfilled).toEqual([]);
  });

  it('outputs SkillEndpoint: the function ARN the deployer writes into skill.json', () => {
    expect(template.Outputs?.SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
    expect(fn.Type).toBe('AWS::Lambda::Function');
  });

  describe('the table', () => {
    it('is keyed by the string attribute id, like an Alexa-hosted skill table', () => {
      expect(table.Properties?.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
      expect(table.Properties?.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }]);
    });

    it('is on-demand, with point-in-time recovery and encryption at rest', () => {
      expect(table.Properties?.BillingMode).toBe('PAY_PER_REQUEST');
      expect(table.Properties?.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(table.Properties?.SSESpecification).toMatchObject({ SSEEnabled: true });
    });

    it('outlives the stack: retained on delete and on replacement', () => {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
    });
  });

  describe('the function', () => {
    it('runs the code the deployer uploaded, with the runtime and handler it passes', () => {
      expect(fn.Properties).toMatchObject({
        Code: { S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' }, S3ObjectVersion: { Ref: 'CodeVersion' } },
        Handler: { Ref: 'LambdaHandler' },
        Runtime: { Ref: 'LambdaRuntime' },
      });
    });

    it('refuses a runtime older than Node.js 22, which the bundle is built for', () => {
      const pattern = new RegExp(String(template.Parameters?.LambdaRuntime?.AllowedPattern));
      expect(['nodejs22.x', 'nodejs24.x', 'nodejs30.x'].filter((runtime) => pattern.test(runtime))).toHaveLength(3);
      expect(
        ['nodejs20.x', 'nodejs18.x', 'nodejs16.x', 'python3.12'].filter((runtime) => pattern.test(runtime)),
      ).toEqual([]);
      expect(pattern.test(String(template.Parameters?.LambdaRuntime?.Default))).toBe(true);
    });

    it('runs on arm64 with enough memory, and gives up before Alexa’s 8 seconds', () => {
      expect(fn.Properties?.Architectures).toEqual(['arm64']);
      expect(fn.Properties?.MemorySize).toBeGreaterThanOrEqual(256);
      expect(fn.Properties?.Timeout).toBeGreaterThanOrEqual(3);
      expect(fn.Properties?.Timeout).toBeLessThan(8);
    });

    it('finds its table, region and skill id in its environment, with source maps on', () => {
      const variables = (fn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables).toMatchObject({
        DYNAMODB_PERSISTENCE_TABLE_NAME: { Ref: tableId },
        DYNAMODB_PERSISTENCE_REGION: { Ref: 'AWS::Region' },
        SKILL_ID: { Ref: 'SkillId' },
      });
      expect(String(variables.NODE_OPTIONS)).toContain('--enable-source-maps');
    });

    it('logs to the stack’s own log group, which keeps logs for a limited time', () => {
      expect(fn.Properties?.LoggingConfig).toMatchObject({ LogGroup: { Ref: logGroupId } });
      expect(logGroup.Properties?.RetentionInDays).toEqual(expect.any(Number));
      expect(logGroup.Properties?.RetentionInDays).toBeGreaterThan(0);
    });
  });

  describe('the execution role', () => {
    let roleId: string;
    let statements: Statement[];

    beforeAll(() => {
      const role = fn.Properties?.Role as { 'Fn::GetAtt': [string, string] };
      roleId = role['Fn::GetAtt'][0];
      const roleResource = template.Resources[roleId];
      expect(roleResource?.Type).toBe('AWS::IAM::Role');
      // Managed policies (AWSLambdaBasicExecutionRole…) allow logs on `*`; everything must be inline and visible.
      expect(roleResource?.Properties?.ManagedPolicyArns).toBeUndefined();
      const inline = (roleResource?.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[];
      const attached = Object.values(template.Resources)
        .filter((resource) => ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'].includes(resource.Type))
        .filter((resource) => JSON.stringify(resource.Properties?.Roles ?? []).includes(roleId))
        .map((resource) => resource.Properties as { PolicyDocument: { Statement: Statement[] } });
      statements = [...inline, ...attached].flatMap((policy) => policy.PolicyDocument.Statement);
    });

    it('may only be assumed by Lambda', () => {
      const trust = template.Resources[roleId]?.Properties?.AssumeRolePolicyDocument as { Statement: unknown[] };
      expect(trust.Statement).toEqual([
        expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }),
      ]);
    });

    it('allows only Allow statements with plain actions and resources', () => {
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        expect(statement.NotAction).toBeUndefined();
        expect(statement.NotResource).toBeUndefined();
      }
    });

    it('reads and writes items in the trolley table, and nothing else in DynamoDB', () => {
      const dynamo = statements.filter((statement) => asList(statement.Action).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo.flatMap((statement) => asList(statement.Action)).sort()).toEqual(TABLE_ACTIONS);
      for (const statement of dynamo) expect(asList(statement.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    });

    it('writes logs to its own log group only', () => {
      const logs = statements.filter((statement) => asList(statement.Action).some((a) => a.startsWith('logs:')));
      expect(logs.flatMap((statement) => asList(statement.Action)).sort()).toEqual(LOG_ACTIONS);
      for (const statement of logs) {
        for (const resource of asList(statement.Resource)) {
          const text = JSON.stringify(resource);
          const ownGroup = text.includes(`\${${logGroupId}}`) || text.includes(`"${logGroupId}"`);
          expect(ownGroup).toBe(true);
        }
      }
    });

    it('grants nothing else, and no wildcard resources except the log streams of its own group', () => {
      const other = statements.filter(
        (statement) => !asList(statement.Action).every((a) => a.startsWith('dynamodb:') || a.startsWith('logs:')),
      );
      expect(other).toEqual([]);
      for (const statement of statements) {
        for (const action of asList(statement.Action)) expect(action).not.toContain('*');
        for (const resource of asList(statement.Resource)) {
          const text = JSON.stringify(resource);
          if (!text.includes('*')) continue;
          expect(asList(statement.Action).every((a) => a.startsWith('logs:'))).toBe(true);
          expect(text).toMatch(new RegExp(`log-group:\\$\\{${logGroupId}\\}:log-stream:\\*"`));
        }
      }
    });
  });

  it('lets only this skill invoke the function (Alexa Skills Kit trigger with the skill id)', () => {
    const permissions = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::Lambda::Permission' && JSON.stringify(r.Properties?.FunctionName).includes(functionId),
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });
});
