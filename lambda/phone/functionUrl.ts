import type { PhoneApp } from './phoneApp';
import type { PhoneRequest, PhoneResponse } from './http';

/**
 * The parts of a Lambda function URL request (payload format 2.0) the page uses. Declared here rather than
 * taken from @types/aws-lambda: these few fields are the whole contract.
 */
export interface FunctionUrlEvent {
  readonly rawPath?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** Cookies arrive apart from the headers, one string each. */
  readonly cookies?: readonly string[];
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
  readonly requestContext?: { readonly http?: { readonly method?: string; readonly sourceIp?: string } };
}

export interface FunctionUrlResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly cookies: readonly string[];
  readonly body: string;
  readonly isBase64Encoded: boolean;
}

export function requestOfFunctionUrl(event: FunctionUrlEvent): PhoneRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  if (event.cookies && event.cookies.length > 0) headers.cookie = event.cookies.join('; ');
  const body = event.body ?? '';
  return {
    method: event.requestContext?.http?.method ?? 'GET',
    path: event.rawPath || '/',
    headers,
    body: event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body,
    sourceAddress: event.requestContext?.http?.sourceIp ?? '',
  };
}

export function functionUrlResultOf(response: PhoneResponse): FunctionUrlResult {
  return {
    statusCode: response.status,
    headers: response.headers,
    cookies: response.cookies,
    body: response.body,
    isBase64Encoded: response.base64 === true,
  };
}

/** The phone handler Lambda exports: function URL event in, function URL result out. */
export function functionUrlHandler(app: () => PhoneApp) {
  return async (event: FunctionUrlEvent): Promise<FunctionUrlResult> =>
    functionUrlResultOf(await app()(requestOfFunctionUrl(event)));
}
