import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SandboxOptions } from '../config.ts';
import { buildServer } from '../server.ts';

/** Helpers shared by the sandbox's own tests: an in-memory server and the usual sign-ins. */

export const CONSOLE_CLIENT_ID = 'sandbox-console';
export const CONSOLE_REDIRECT = 'http://localhost:5173/auth/callback';

export function testServer(overrides: Partial<SandboxOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ memory: true, log: 'silent', ...overrides });
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

export function authorizeUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    response_type: 'token',
    client_id: CONSOLE_CLIENT_ID,
    redirect_uri: CONSOLE_REDIRECT,
    ...params,
  });
  return `/oauth/authorize?${query.toString()}`;
}

/** The values of a `#a=1&b=2` redirect. */
export function fragmentOf(location: string | undefined): URLSearchParams {
  if (location === undefined) throw new Error('expected a Location header');
  const hash = location.indexOf('#');
  return new URLSearchParams(hash === -1 ? '' : location.slice(hash + 1));
}

export function locationOf(response: LightMyRequestResponse): string | undefined {
  const location = response.headers.location;
  return typeof location === 'string' ? location : undefined;
}

/** `sandbox_session=…` from a Set-Cookie header, ready to send back in a Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const cookie = Array.isArray(header) ? header[0] : header;
  const pair = cookie?.split(';')[0];
  if (pair === undefined) throw new Error('expected a Set-Cookie header');
  return pair;
}

export interface SignedIn {
  token: string;
  cookie: string;
  location: string;
}

/** GET of the sign-in page with these query parameters over the console's defaults. */
export function getAuthorize(
  app: FastifyInstance,
  params: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return app.inject({ method: 'GET', url: authorizeUrl(params), headers });
}

/** The sign-in page's CSRF token and its cookie, as a browser holds them after showing the page. */
export async function signInPageCsrf(
  app: FastifyInstance,
): Promise<{ token: string; cookie: string }> {
  const page = await getAuthorize(app, { prompt: 'login' });
  const token = /name="csrf_token" value="([^"]+)"/.exec(page.body)?.[1];
  if (token === undefined) throw new Error('the sign-in page carries no CSRF token');
  return { token, cookie: sessionCookieOf(page) };
}

/**
 * The sign-in form post, with these fields over the console's defaults, sent as from the page
 * itself (its CSRF field and cookie) unless the fields name their own `csrf_token`.
 */
export async function postSignInForm(
  app: FastifyInstance,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const csrf = 'csrf_token' in fields ? null : await signInPageCsrf(app);
  const cookie = [headers.cookie, csrf?.cookie].filter(Boolean).join('; ');
  return app.inject({
    method: 'POST',
    url: '/oauth/authorize',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
      ...(cookie === '' ? {} : { cookie }),
    },
    payload: new URLSearchParams({
      response_type: 'token',
      client_id: CONSOLE_CLIENT_ID,
      redirect_uri: CONSOLE_REDIRECT,
      ...(csrf === null ? {} : { csrf_token: csrf.token }),
      ...fields,
    }).toString(),
  });
}

/** Signs in through the real form post, the way the browser does. */
export async function signIn(
  app: FastifyInstance,
  userId: string,
  extra: Record<string, string> = {},
): Promise<SignedIn> {
  const response = await postSignInForm(app, { user_id: userId, ...extra });
  if (response.statusCode !== 302) throw new Error(`sign-in failed: ${response.statusCode}`);
  const location = locationOf(response) ?? '';
  const token = fragmentOf(location).get('access_token');
  if (token === null) throw new Error('sign-in returned no token');
  return { token, cookie: sessionCookieOf(response), location };
}

export async function clientCredentialsToken(app: FastifyInstance): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
  });
  const body: unknown = response.json();
  if (typeof body !== 'object' || body === null || !('access_token' in body)) {
    throw new Error(`token request failed: ${response.body}`);
  }
  return String(body.access_token);
}

/** GET as the bearer of a token. */
export function getAs(app: FastifyInstance, token: string, url: string) {
  return app.inject({ method: 'GET', url, headers: bearer(token) });
}
