import { describe, expect, it } from 'vitest';
import { completeSignIn } from './complete-sign-in';
import type { PendingLogin } from './session-store';

const pending: PendingLogin = {
  state: 'expected-state',
  regionId: 'sandbox',
  clientId: 'sandbox-console',
  returnTo: '/contacts?q=ann',
};

describe('completeSignIn', () => {
  it('signs in when the state matches, with the expiry computed from expires_in', () => {
    const outcome = completeSignIn(
      '#access_token=t1&expires_in=60&token_type=bearer&state=expected-state',
      pending,
      1_000,
    );
    expect(outcome).toEqual({
      kind: 'signed-in',
      session: {
        accessToken: 't1',
        expiresAt: 61_000,
        regionId: 'sandbox',
        clientId: 'sandbox-console',
      },
      returnTo: '/contacts?q=ann',
    });
  });

  it('refuses a tampered state', () => {
    const outcome = completeSignIn('#access_token=t1&expires_in=60&state=forged', pending, 0);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.message).toMatch(/state differs/);
  });

  it('refuses a token when no sign-in was started here (replayed fragment)', () => {
    expect(
      completeSignIn('#access_token=t1&expires_in=60&state=expected-state', null, 0).kind,
    ).toBe('refused');
  });

  it('refuses a token without state', () => {
    expect(completeSignIn('#access_token=t1&expires_in=60', pending, 0).kind).toBe('refused');
  });

  it('reports the login service error when the state matches', () => {
    const outcome = completeSignIn(
      '#error=access_denied&error_description=No&state=expected-state',
      pending,
      0,
    );
    expect(outcome).toEqual({
      kind: 'refused',
      title: 'Sign-in failed',
      message: 'The login service refused the sign-in (access_denied): No.',
      returnTo: '/contacts?q=ann',
    });
  });

  it('never returns to another origin', () => {
    const outcome = completeSignIn(
      '#access_token=t&expires_in=60&state=s',
      { ...pending, state: 's', returnTo: '//evil.example' },
      0,
    );
    expect(outcome.kind === 'signed-in' && outcome.returnTo).toBe('/contacts');
  });

  it('lands on the contacts list when no page was asked for', () => {
    const outcome = completeSignIn(
      '#access_token=t&expires_in=60&state=s',
      { ...pending, state: 's', returnTo: '/' },
      0,
    );
    expect(outcome.kind === 'signed-in' && outcome.returnTo).toBe('/contacts');
  });

  it('keeps the page that was asked for when the login service refuses', () => {
    const outcome = completeSignIn('#error=access_denied&state=expected-state', pending, 0);
    expect(outcome.kind === 'refused' && outcome.returnTo).toBe('/contacts?q=ann');
  });

  it('treats an empty fragment as the return from logout', () => {
    expect(completeSignIn('', pending, 0)).toEqual({ kind: 'signed-out' });
  });
});
