import type { OAuthClientRecord } from '../db/identity-records.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Redirect URIs a client may use: its registered exact URIs, plus (when enabled) any plain-http
 * loopback URI on any port and path, so a dev server on whatever port Vite picks just works.
 * A URI with a fragment or embedded credentials is never acceptable (RFC 6749 §3.1.2).
 */
export function isRedirectAllowed(client: OAuthClientRecord, redirectUri: string): boolean {
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
  return (
    client.allowLoopbackRedirects && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
  );
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
