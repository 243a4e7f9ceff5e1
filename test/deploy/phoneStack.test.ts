import { join } from 'node:path';
import { onlyResource, readTemplate, type Resource, type Template } from './cloudformation';

const TEMPLATE = join(__dirname, '..', '..', 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

/** The phone page's part of the self-hosted stack: a second function from the same code, behind a URL. */
describe('the phone page in skill-stack.yaml', () => {
  let template: Template;
  let skillId: string;
  let skill: Resource;
  let phoneId: string;
  let phone: Resource;
  let urlId: string;
  let url: Resource;

  beforeAll(() => {
    template = readTemplate(TEMPLATE);
    skillId = (template.Outputs?.SkillEndpoint?.Value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    skill = template.Resources[skillId] as Resource;
    [urlId, url] = onlyResource(template, 'AWS::Lambda::Url');
    phoneId = (url.Properties?.TargetFunctionArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    phone = template.Resources[phoneId] as Resource;
  });

  it('runs the same code as the skill, through its phone handler', () => {
    expect(phone.Type).toBe('AWS::Lambda::Function');
    expect(phoneId).not.toBe(skillId);
    expect(phone.Properties?.Code).toEqual(skill.Properties?.Code);
    expect(phone.Properties?.Runtime).toEqual(skill.Properties?.Runtime);
    expect(phone.Properties?.Handler).toBe('index.phoneHandler');
  });

  it('uses the same table, with the skill’s least-privilege role and log group', () => {
    const variables = (phone.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    const skillVariables = (skill.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.DYNAMODB_PERSISTENCE_TABLE_NAME).toEqual(skillVariables.DYNAMODB_PERSISTENCE_TABLE_NAME);
    expect(variables.DYNAMODB_PERSISTENCE_REGION).toEqual(skillVariables.DYNAMODB_PERSISTENCE_REGION);
    expect(phone.Properties?.Role).toEqual(skill.Properties?.Role);
    expect(phone.Properties?.LoggingConfig).toEqual(skill.Properties?.LoggingConfig);
  });

  it('is public behind its URL, and only through it', () => {
    expect(url.Properties).toMatchObject({ AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [phoneId, 'Arn'] } });
    const permissions = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Permission')
      .map((resource) => resource.Properties)
      .filter((properties) => JSON.stringify(properties?.FunctionName).includes(phoneId));
    expect(permissions).toEqual(
      expect.arrayContaining([
        {
          Action: 'lambda:InvokeFunctionUrl',
          FunctionName: { 'Fn::GetAtt': [phoneId, 'Arn'] },
          Principal: '*',
          FunctionUrlAuthType: 'NONE',
        },
        {
          Action: 'lambda:InvokeFunction',
          FunctionName: { 'Fn::GetAtt': [phoneId, 'Arn'] },
          Principal: '*',
          InvokedViaFunctionUrl: true,
        },
      ]),
    );
    expect(permissions).toHaveLength(2);
  });

  it('outputs the page’s address and tells the skill, which says it when asked', () => {
    const address = { 'Fn::GetAtt': [urlId, 'FunctionUrl'] };
    expect(template.Outputs?.PhonePageUrl?.Value).toEqual(address);
    const variables = (skill.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.PHONE_PAGE_URL).toEqual(address);
  });
});
