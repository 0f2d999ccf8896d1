import { describe, expect, it } from 'vitest';
import {
  buildAuthorizeUrl,
  buildLogoutUrl,
  createState,
  landingPath,
  parseCallbackFragment,
  safeReturnTo,
  statesMatch,
} from './oauth';

describe('buildAuthorizeUrl', () => {
  it('asks the region login host for a token with our client, redirect and state', () => {
    const url = new URL(
      buildAuthorizeUrl({
        loginBase: 'https://login.mypurecloud.ie',
        clientId: 'abc',
        redirectUri: 'https://console.example/auth/callback',
        state: 's t&ate',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://login.mypurecloud.ie/oauth/authorize');
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('client_id')).toBe('abc');
    expect(url.searchParams.get('redirect_uri')).toBe('https://console.example/auth/callback');
    expect(url.searchParams.get('state')).toBe('s t&ate');
    expect(url.searchParams.has('prompt')).toBe(false);
  });

  it('builds the logout URL with client and redirect', () => {
    const url = new URL(
      buildLogoutUrl('http://127.0.0.1:8787', 'c', 'http://localhost:5173/auth/callback'),
    );
    expect(url.pathname).toBe('/logout');
    expect(url.searchParams.get('client_id')).toBe('c');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:5173/auth/callback');
  });
});

describe('createState', () => {
  it('encodes 32 random bytes as base64url', () => {
    const state = createState((bytes) => bytes.fill(255));
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createState()).not.toBe(createState());
  });
});

describe('parseCallbackFragment', () => {
  it('reads a token response', () => {
    expect(
      parseCallbackFragment('#access_token=tok%2B1&expires_in=86399&token_type=bearer&state=xyz'),
    ).toEqual({ kind: 'token', accessToken: 'tok+1', expiresIn: 86399, state: 'xyz' });
  });

  it('reads an error response (RFC 6749 4.2.2.1)', () => {
    expect(
      parseCallbackFragment('#error=access_denied&error_description=User%20said%20no&state=xyz'),
    ).toEqual({ kind: 'error', error: 'access_denied', description: 'User said no', state: 'xyz' });
  });

  it('treats an empty fragment as empty (the logout return)', () => {
    expect(parseCallbackFragment('')).toEqual({ kind: 'empty' });
    expect(parseCallbackFragment('#')).toEqual({ kind: 'empty' });
  });

  it('refuses a fragment without token or with a bad expiry or token type', () => {
    expect(parseCallbackFragment('#state=x').kind).toBe('malformed');
    expect(parseCallbackFragment('#access_token=t&expires_in=soon').kind).toBe('malformed');
    expect(parseCallbackFragment('#access_token=t&expires_in=-5').kind).toBe('malformed');
    expect(parseCallbackFragment('#access_token=t&expires_in=60&token_type=mac').kind).toBe(
      'malformed',
    );
  });
});

describe('statesMatch', () => {
  it('accepts only the exact state this browser sent', () => {
    expect(statesMatch('abc', 'abc')).toBe(true);
    expect(statesMatch('abc', 'abd')).toBe(false);
    expect(statesMatch('abc', 'abcd')).toBe(false);
    expect(statesMatch('abc', null)).toBe(false);
    expect(statesMatch(null, 'abc')).toBe(false);
    expect(statesMatch('', '')).toBe(false);
  });
});

describe('safeReturnTo', () => {
  it('keeps paths on this origin', () => {
    expect(safeReturnTo('/contacts?q=ann#x')).toBe('/contacts?q=ann#x');
  });

  it('refuses other origins and loops back into sign-in', () => {
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('/login?returnTo=/x')).toBe('/');
    expect(safeReturnTo('/auth/callback')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});

describe('landingPath', () => {
  it('keeps a deep link and sends a bare start to the contacts list', () => {
    expect(landingPath('/contacts/abc/notes')).toBe('/contacts/abc/notes');
    expect(landingPath('/organizations?q=acme')).toBe('/organizations?q=acme');
    expect(landingPath('/')).toBe('/contacts');
    expect(landingPath(undefined)).toBe('/contacts');
    expect(landingPath('https://evil.example/')).toBe('/contacts');
  });
});
