import type { RuntimeConfig } from '@/config/runtime-config';
import {
  buildAuthorizeUrl,
  buildLogoutUrl,
  codeChallengeS256,
  createCodeVerifier,
  createState,
  safeReturnTo,
} from './oauth';
import { findRegion, listRegions, type Region } from './regions';
import {
  automaticSignInStore,
  pendingLoginStore,
  preferencesStore,
  sessionStore,
  type SignInPreferences,
} from './session-store';

export const CALLBACK_PATH = '/auth/callback';

/** Sign-in, sign-out and the current region, for the routes and the fetch client. */
export class AuthService {
  readonly regions: Region[];
  private leaving = false;

  constructor(
    readonly config: RuntimeConfig,
    private readonly origin: string,
    private readonly navigateAway: (url: string) => void,
  ) {
    this.regions = listRegions(config.sandboxUrl);
  }

  get redirectUri(): string {
    return `${this.origin}${CALLBACK_PATH}`;
  }

  /** The region and client to offer on the sign-in page: last used, else config.json's. */
  signInDefaults(): { regionId: string; clientId: string } {
    const saved = preferencesStore.get();
    if (saved && findRegion(this.regions, saved.regionId)) return saved;
    const regionId = findRegion(this.regions, this.config.defaultRegion)?.id ?? this.regions[0]!.id;
    return { regionId, clientId: this.config.clientId };
  }

  /**
   * The region and client this device signed in with last, when this tab may go to the login host
   * without asking (a new tab, a deep link, an expired token): null after a sign-out or a failed
   * automatic attempt in this tab, and on a device that never signed in.
   */
  automaticSignIn(): SignInPreferences | null {
    if (!automaticSignInStore.allowed()) return null;
    const saved = preferencesStore.get();
    return saved && findRegion(this.regions, saved.regionId) ? saved : null;
  }

  /** True once this page is on its way to the login host: nothing else should start then. */
  isLeaving(): boolean {
    return this.leaving;
  }

  isSignedIn(): boolean {
    return sessionStore.getValid() !== null;
  }

  currentRegion(): Region | null {
    const session = sessionStore.get();
    return session ? (findRegion(this.regions, session.regionId) ?? null) : null;
  }

  apiBase(): string | null {
    return this.currentRegion()?.apiBase ?? null;
  }

  accessToken(): string | null {
    return sessionStore.getValid()?.accessToken ?? null;
  }

  /**
   * Leaves for the login host. Genesys Cloud's login has no `prompt=none`: a full-page redirect is
   * how a browser app finds out whether the user still has a login session there. When they have,
   * the login host answers at once with a token and no page of its own; when not, it shows its
   * sign-in form. `automatic` marks a redirect the console made by itself, so that a failure shows
   * the console's sign-in page with the reason instead of trying again.
   */
  async startSignIn(
    regionId: string,
    clientId: string,
    returnTo: string | undefined,
    options: { automatic?: boolean } = {},
  ): Promise<void> {
    const region = findRegion(this.regions, regionId);
    if (!region) throw new Error(`Unknown region ${regionId}`);
    this.leaving = true;
    const state = createState();
    // config.json `grant: "pkce"`: the code grant, whose verifier waits in this tab for the code.
    const codeVerifier = this.config.grant === 'pkce' ? createCodeVerifier() : undefined;
    const codeChallenge = codeVerifier ? await codeChallengeS256(codeVerifier) : undefined;
    pendingLoginStore.set({
      state,
      regionId,
      clientId,
      returnTo: safeReturnTo(returnTo),
      automatic: options.automatic === true,
      ...(codeVerifier ? { codeVerifier } : {}),
    });
    preferencesStore.set({ regionId, clientId });
    this.navigateAway(
      buildAuthorizeUrl({
        loginBase: region.loginBase,
        clientId,
        redirectUri: this.redirectUri,
        state,
        ...(codeChallenge ? { codeChallenge } : {}),
      }),
    );
  }

  /** Forgets the token here, then ends the login host's session, which returns to the callback. */
  signOut(): void {
    const session = sessionStore.get();
    const region = this.currentRegion();
    sessionStore.clear();
    // Signed out on purpose: this tab shows the sign-in page instead of going back by itself.
    automaticSignInStore.disable();
    if (session && region) {
      this.navigateAway(buildLogoutUrl(region.loginBase, session.clientId, this.redirectUri));
    } else {
      this.navigateAway('/login');
    }
  }
}
