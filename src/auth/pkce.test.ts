import { describe, expect, it } from 'vitest';
import { completeCodeSignIn, signedInWith } from './complete-sign-in';
import {
  buildAuthorizeUrl,
  codeChallengeS256,
  createCodeVerifier,
  exchangeCode,
  parseCodeCallback,
} from './oauth';
import type { PendingLogin } from './session-store';

const pending: PendingLogin = {
  state: 'expected-state',
  regionId: 'sandbox',
  clientId: 'sandbox-console',
  returnTo: '/contacts/abc',
  codeVerifier: 'v'.repeat(43),
};

describe('PKCE pieces', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    expect(createCodeVerifier()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('asks for a code with the challenge and S256', () => {
    const url = new URL(
      buildAuthorizeUrl({
        loginBase: 'https://login.mypurecloud.ie',
        clientId: 'abc',
        redirectUri: 'https://console.example/auth/callback',
        state: 's',
        codeChallenge: 'c'.repeat(43),
      }),
    );
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge')).toBe('c'.repeat(43));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('reads a code answer and an error answer from the query string', () => {
    expect(parseCodeCallback('?code=k1&state=s')).toEqual({ kind: 'code', code: 'k1', state: 's' });
    expect(parseCodeCallback('?error=access_denied&error_description=No&state=s')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'No',
      state: 's',
    });
    expect(parseCodeCallback('')).toEqual({ kind: 'empty' });
    expect(parseCodeCallback('?state=s').kind).toBe('malformed');
  });
});

describe('completeCodeSignIn', () => {
  it('lets the code be exchanged only when the state matches', () => {
    expect(completeCodeSignIn('?code=k&state=expected-state', pending)).toEqual({
      kind: 'exchange',
      code: 'k',
      codeVerifier: 'v'.repeat(43),
      pending,
    });
    expect(completeCodeSignIn('?code=k&state=forged', pending).kind).toBe('refused');
    expect(completeCodeSignIn('?code=k&state=expected-state', null).kind).toBe('refused');
  });

  it('refuses a code when this tab kept no verifier', () => {
    const { codeVerifier: _unused, ...implicit } = pending;
    const step = completeCodeSignIn('?code=k&state=expected-state', implicit);
    expect(step.kind === 'refused' && step.message).toMatch(/did not start a sign-in with PKCE/);
  });

  it('lands where the sign-in was meant to go', () => {
    const outcome = signedInWith({ accessToken: 't', expiresIn: 60 }, pending, 1000);
    expect(outcome).toMatchObject({ kind: 'signed-in', returnTo: '/contacts/abc' });
    expect(outcome.kind === 'signed-in' && outcome.session.expiresAt).toBe(61_000);
  });
});

describe('exchangeCode', () => {
  const request = {
    loginBase: 'http://127.0.0.1:8787',
    clientId: 'sandbox-console',
    redirectUri: 'http://localhost:5173/auth/callback',
    code: 'the-code',
    codeVerifier: 'the-verifier',
  };

  it('posts the code, verifier, redirect URI and client id form-encoded', async () => {
    let sent: { url: string; init: RequestInit | undefined } | null = null;
    const answer = await exchangeCode(request, async (input, init) => {
      sent = { url: String(input), init };
      return new Response(
        JSON.stringify({ access_token: 'tok', token_type: 'bearer', expires_in: 3600 }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      );
    });
    expect(answer).toEqual({ accessToken: 'tok', expiresIn: 3600 });
    expect(sent!.url).toBe('http://127.0.0.1:8787/oauth/token');
    expect(sent!.init?.method).toBe('POST');
    const body = new URLSearchParams(String(sent!.init?.body));
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      code_verifier: 'the-verifier',
      redirect_uri: 'http://localhost:5173/auth/callback',
      client_id: 'sandbox-console',
    });
  });

  it('says what the login host refused, with its description', async () => {
    await expect(
      exchangeCode(
        request,
        async () =>
          new Response(
            JSON.stringify({ error: 'invalid_grant', error_description: 'The code is used.' }),
            { status: 400 },
          ),
      ),
    ).rejects.toThrow(
      'The login service refused the code exchange (invalid_grant): The code is used.',
    );
  });

  it('refuses an answer without a usable token', async () => {
    const answer = (body: object) => async () =>
      new Response(JSON.stringify(body), { status: 200 });
    await expect(exchangeCode(request, answer({ expires_in: 60 }))).rejects.toThrow(
      /without an access token/,
    );
    await expect(
      exchangeCode(request, answer({ access_token: 't', expires_in: 60, token_type: 'mac' })),
    ).rejects.toThrow(/unsupported token type/);
    await expect(exchangeCode(request, answer({ access_token: 't' }))).rejects.toThrow(
      /expires_in/,
    );
    await expect(
      exchangeCode(request, async () => {
        throw new TypeError('offline');
      }),
    ).rejects.toThrow(/could not be reached/);
  });
});
