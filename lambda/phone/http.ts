/**
 * The phone page's HTTP in plain data, so one handler serves a Lambda function URL and a local node:http
 * server alike: each adapter only translates to and from these.
 */
export interface PhoneRequest {
  readonly method: string;
  /** The path without the query: "/api/trolley". */
  readonly path: string;
  /** Header names in lower case. `cookie` holds every cookie the browser sent. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body as text; "" for none. */
  readonly body: string;
  /** The caller's IP address, for the pairing rate limit. */
  readonly sourceAddress: string;
}

export interface PhoneResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** `Set-Cookie` values, apart: a function URL answers them in a list of their own. */
  readonly cookies: readonly string[];
  readonly body: string;
  /** The body is base64 of binary content (the icon). */
  readonly base64?: boolean;
}

/** Bodies larger than this are not from the page: refused unread. */
export const MAX_BODY_BYTES = 4_096;
