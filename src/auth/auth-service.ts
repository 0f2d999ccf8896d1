import type { RuntimeConfig } from '@/config/runtime-config';
import { buildAuthorizeUrl, buildLogoutUrl, createState, safeReturnTo } from './oauth';
import { findRegion, listRegions, type Region } from './regions';
import { pendingLoginStore, preferencesStore, sessionStore } from './session-store';

export const CALLBACK_PATH = '/auth/callback';

/** Sign-in, sign-out and the current region, for the routes and the fetch client. */
export class AuthService {
  readonly regions: Region[];

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

  startSignIn(regionId: string, clientId: string, returnTo: string | undefined): void {
    const region = findRegion(this.regions, regionId);
    if (!region) throw new Error(`Unknown region ${regionId}`);
    const state = createState();
    pendingLoginStore.set({ state, regionId, clientId, returnTo: safeReturnTo(returnTo) });
    preferencesStore.set({ regionId, clientId });
    this.navigateAway(
      buildAuthorizeUrl({
        loginBase: region.loginBase,
        clientId,
        redirectUri: this.redirectUri,
        state,
      }),
    );
  }

  /** Forgets the token here, then ends the login host's session, which returns to the callback. */
  signOut(): void {
    const session = sessionStore.get();
    const region = this.currentRegion();
    sessionStore.clear();
    if (session && region) {
      this.navigateAway(buildLogoutUrl(region.loginBase, session.clientId, this.redirectUri));
    } else {
      this.navigateAway('/login');
    }
  }
}
