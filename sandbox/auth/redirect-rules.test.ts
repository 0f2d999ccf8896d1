import { describe, expect, it } from 'vitest';
import type { OAuthClientRecord } from '../db/identity-records.ts';
import { fragmentRedirect, isRedirectAllowed } from './redirect-rules.ts';

const client: OAuthClientRecord = {
  id: 'console',
  name: 'Console',
  grantType: 'implicit',
  secretHash: null,
  redirectUris: ['https://console.example/callback'],
  allowLoopbackRedirects: true,
  roleId: null,
};

describe('isRedirectAllowed', () => {
  it.each([
    'http://localhost:5173/',
    'http://localhost:4173/auth/callback?x=1',
    'http://127.0.0.1:9000/cb',
    'http://localhost/cb',
    'https://console.example/callback',
  ])('accepts %s', (uri) => {
    expect(isRedirectAllowed(client, uri)).toBe(true);
  });

  it.each([
    'http://evil.example/cb',
    'https://localhost:5173/',
    'http://localhost.evil.example/cb',
    'http://user:pass@localhost:5173/',
    'http://localhost:5173/#frag',
    'https://console.example/callback/other',
    'javascript:alert(1)',
    'not a url',
    'http://localhost:5173/\nX:1',
    'http://localhost:5173/\u00e9',
    'http://%6cocalhost:5173/cb',
  ])('refuses %j', (uri) => {
    expect(isRedirectAllowed(client, uri)).toBe(false);
  });

  it('refuses loopback URIs when the client does not allow them', () => {
    expect(
      isRedirectAllowed({ ...client, allowLoopbackRedirects: false }, 'http://localhost:5173/'),
    ).toBe(false);
  });
});

describe('fragmentRedirect', () => {
  it('encodes values and drops undefined ones', () => {
    expect(
      fragmentRedirect('http://localhost:5173/cb', { error: 'x', state: 'a b&c', skip: undefined }),
    ).toBe('http://localhost:5173/cb#error=x&state=a%20b%26c');
  });
});
