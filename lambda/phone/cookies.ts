/** The page's two cookies: what pairing is waiting for, and the token a linked phone keeps. */
export const TOKEN_COOKIE = 'trolley_token';
export const PAIRING_COOKIE = 'trolley_pairing';

/** As long as browsers keep a cookie (Chromium caps Max-Age at 400 days); the phone stays linked until unlinked. */
export const TOKEN_MAX_AGE_S = 400 * 24 * 60 * 60;

/** Reads one cookie from a Cookie header; undefined when absent or empty. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

/**
 * A cookie only this site's own pages send (SameSite=Strict), that no script can read (HttpOnly), and that
 * travels only over HTTPS (Secure; browsers count http://localhost as secure too).
 */
export function setCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Max-Age=${maxAgeSeconds}; Path=/; Secure; HttpOnly; SameSite=Strict`;
}

export function clearCookie(name: string): string {
  return setCookie(name, '', 0);
}
