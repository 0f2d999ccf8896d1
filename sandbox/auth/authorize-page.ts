import type { OAuthClientRecord, RoleRecord, UserRecord } from '../db/identity-records.ts';
import { escapeHtml, htmlDocument } from '../http/html.ts';

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  responseType: 'token' | 'code';
  state: string | undefined;
  /** The authorization code grant only (PKCE, RFC 7636). */
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
}

export interface SignInChoice {
  user: UserRecord;
  roles: readonly RoleRecord[];
}

const PRODUCT = 'Genesys Cloud sandbox';

function hiddenField(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function choiceItem({ user, roles }: SignInChoice): string {
  const descriptionId = `user-${escapeHtml(user.id)}-role`;
  const roleNames = roles.map((role) => role.name).join(', ') || 'No role';
  const roleText = roles.map((role) => role.description).join(' ') || 'Has no permissions.';
  return `<li>
<button type="submit" name="user_id" value="${escapeHtml(user.id)}" aria-describedby="${descriptionId}">Sign in as ${escapeHtml(user.name)}</button>
<p class="role" id="${descriptionId}"><strong>${escapeHtml(roleNames)}</strong>${escapeHtml(roleText)}</p>
</li>`;
}

/**
 * No passwords: the page lists the demo users, one submit button each. Every reflected value
 * (state, redirect URI, names) is escaped; the response also carries a CSP without scripts.
 */
export function renderSignInPage(args: {
  client: OAuthClientRecord;
  params: AuthorizeParams;
  choices: readonly SignInChoice[];
  /** The double-submit token matching the page's CSRF cookie (sign-in-csrf.ts). */
  csrfToken: string;
  error?: string;
}): string {
  const { client, params, choices, csrfToken, error } = args;
  const hidden = [
    hiddenField('csrf_token', csrfToken),
    hiddenField('client_id', params.clientId),
    hiddenField('redirect_uri', params.redirectUri),
    hiddenField('response_type', params.responseType),
    params.state === undefined ? '' : hiddenField('state', params.state),
    params.codeChallenge === undefined ? '' : hiddenField('code_challenge', params.codeChallenge),
    params.codeChallengeMethod === undefined
      ? ''
      : hiddenField('code_challenge_method', params.codeChallengeMethod),
  ]
    .filter((field) => field !== '')
    .join('\n');
  const alert = error === undefined ? '' : `<p class="alert" role="alert">${escapeHtml(error)}</p>`;
  const body = `<p><span class="badge">Local emulator</span></p>
<h1>Sign in to the ${PRODUCT}</h1>
<p>This is a local emulator of Genesys Cloud for development and testing, not a real organization.
There are no passwords: choose the demo user to act as. <strong>${escapeHtml(client.name)}</strong>
will receive ${params.responseType === 'code' ? 'a one-time authorization code to exchange for an access token' : 'an access token'} and you will return to <code>${escapeHtml(params.redirectUri)}</code>.</p>
${alert}
<form method="post" action="/oauth/authorize">
${hidden}
<fieldset>
<legend>Choose a demo user</legend>
<ul>
${choices.map(choiceItem).join('\n')}
</ul>
</fieldset>
</form>`;
  return htmlDocument(`Sign in - ${PRODUCT}`, body);
}

/** Shown instead of redirecting when the redirect target itself cannot be trusted. */
export function renderErrorPage(title: string, message: string): string {
  const body = `<p><span class="badge">Local emulator</span></p>
<h1>${escapeHtml(title)}</h1>
<p class="alert" role="alert">${escapeHtml(message)}</p>
<p>This page comes from the ${PRODUCT}, a local emulator of Genesys Cloud.</p>`;
  return htmlDocument(`${escapeHtml(title)} - ${PRODUCT}`, body);
}

export function renderSignedOutPage(): string {
  const body = `<p><span class="badge">Local emulator</span></p>
<h1>You are signed out</h1>
<p>Your ${PRODUCT} session has ended and its access tokens no longer work.</p>`;
  return htmlDocument(`Signed out - ${PRODUCT}`, body);
}
