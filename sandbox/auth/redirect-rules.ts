import type { OAuthClientRecord } from '../db/identity-records.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Redirect URIs a client may use: its registered exact URIs, plus (when enabled) any plain-http
 * loopback URI on any port and path, so a dev server on whatever port Vite picks just works.
 * A URI with a fragment or embedded credentials is never acceptable (RFC 6749 §3.1.2).
 * `strict` (--strict-redirects) compares with the registered URIs only, character for character,
 * as Genesys Cloud does: no loopback convenience, no case or trailing-slash leniency.
 */
export function isRedirectAllowed(
  client: OAuthClientRecord,
  redirectUri: string,
  strict = false,
): boolean {
  if (!isPlainRedirectText(redirectUri)) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.hash !== '' || redirectUri.includes('#') || url.username !== '' || url.password !== '') {
    return false;
  }
  if (client.redirectUris.includes(redirectUri)) return true;
  if (strict) return false;
  return (
    client.allowLoopbackRedirects && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
  );
}

export const UNSAFE_REDIRECT_MESSAGE =
  'The redirect URI holds control characters, spaces, non-ASCII characters or a percent-encoded host, so it cannot be used as a redirect. Percent-encode the path and write the host in plain ASCII (punycode).';

/** Printable ASCII without spaces: what a Location header can carry exactly as it was registered. */
const PLAIN_URI = /^[\x21-\x7e]+$/;
/** The authority as typed: `user@host:port` between `//` and the path. */
const RAW_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;

/**
 * The URL parser forgives what a header cannot carry: it drops CR, LF and tabs, trims spaces,
 * and turns a non-ASCII or percent-encoded host into another one. So the raw string is checked
 * too: only printable ASCII, and a host the parser leaves as it was written (case aside).
 */
export function isPlainRedirectText(redirectUri: string): boolean {
  if (!PLAIN_URI.test(redirectUri)) return false;
  const authority = RAW_AUTHORITY.exec(redirectUri)?.[1];
  if (authority === undefined) return true;
  try {
    return new URL(redirectUri).host === authority.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * `redirect_uri#a=1&b=2`: implicit-grant results travel in the fragment so they never reach a
 * server log. encodeURIComponent (not URLSearchParams) so spaces are %20, which every client
 * decodes the same way.
 */
export function fragmentRedirect(
  redirectUri: string,
  values: Readonly<Record<string, string | undefined>>,
): string {
  const fragment = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${redirectUri}#${fragment}`;
}

/**
 * `redirect_uri?code=…&state=…`: the authorization code grant answers in the query string (RFC 6749
 * §4.1.2), appended to any query the registered URI already has. The code is good once, for a few
 * minutes, and only with the PKCE verifier, which never leaves the browser that asked.
 */
export function queryRedirect(
  redirectUri: string,
  values: Readonly<Record<string, string | undefined>>,
): string {
  const query = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${query}`;
}
