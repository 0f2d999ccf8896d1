/**
 * Where the signed-in session lives: sessionStorage (per tab, gone with the tab) and memory.
 * Never localStorage, never a cookie, never the URL. Only non-secret preferences (last region and
 * client id) go to localStorage.
 */
export interface Session {
  accessToken: string;
  expiresAt: number;
  regionId: string;
  clientId: string;
}

export interface PendingLogin {
  state: string;
  regionId: string;
  clientId: string;
  returnTo: string;
  /** Started by the console itself (remembered region), not by a click on Sign in. */
  automatic?: boolean;
  /** Authorization code grant only: the PKCE code verifier, kept in this tab until the callback. */
  codeVerifier?: string;
}

const SESSION_KEY = 'ecc.session';
const PENDING_KEY = 'ecc.pendingLogin';
const PREFERENCES_KEY = 'ecc.signInPreferences';
const AUTOMATIC_KEY = 'ecc.automaticSignIn';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;

function readJson<T>(
  storage: Storage,
  key: string,
  guard: (value: unknown) => value is T,
): T | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : null;
  } catch {
    return null;
  }
}

type TypeOfName = 'string' | 'number' | 'boolean';

/**
 * Whether stored JSON still has the fields it was written with (storage outlives releases and can
 * be edited by hand): each named field of its type, the optional ones absent or of their type.
 */
function hasFields(
  value: unknown,
  required: Record<string, TypeOfName>,
  optional: Record<string, TypeOfName> = {},
): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    Object.entries(required).every(([key, type]) => typeof fields[key] === type) &&
    Object.entries(optional).every(
      ([key, type]) => fields[key] === undefined || typeof fields[key] === type,
    )
  );
}

const isSession = (value: unknown): value is Session =>
  hasFields(value, {
    accessToken: 'string',
    expiresAt: 'number',
    regionId: 'string',
    clientId: 'string',
  });

const isPendingLogin = (value: unknown): value is PendingLogin =>
  hasFields(
    value,
    { state: 'string', regionId: 'string', clientId: 'string', returnTo: 'string' },
    { automatic: 'boolean', codeVerifier: 'string' },
  );

export const sessionStore = {
  get(): Session | null {
    if (cached === undefined) cached = readJson(sessionStorage, SESSION_KEY, isSession);
    return cached;
  },
  /** The session if its token has not expired yet (with a little slack for clock skew). */
  getValid(now = Date.now()): Session | null {
    const session = this.get();
    return session && session.expiresAt - 5_000 > now ? session : null;
  },
  set(session: Session): void {
    cached = session;
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    cached = null;
    sessionStorage.removeItem(SESSION_KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const pendingLoginStore = {
  set(pending: PendingLogin): void {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  },
  /** Without consuming it: a sign-in that left this tab and never came back leaves one behind. */
  peek(): PendingLogin | null {
    return readJson(sessionStorage, PENDING_KEY, isPendingLogin);
  },
  clear(): void {
    sessionStorage.removeItem(PENDING_KEY);
  },
  /** Read once: a state is good for one callback only, so a replayed fragment finds nothing. */
  take(): PendingLogin | null {
    const pending = readJson(sessionStorage, PENDING_KEY, isPendingLogin);
    sessionStorage.removeItem(PENDING_KEY);
    return pending;
  },
};

export interface SignInPreferences {
  regionId: string;
  clientId: string;
}

export const preferencesStore = {
  get(): SignInPreferences | null {
    return readJson(localStorage, PREFERENCES_KEY, (v): v is SignInPreferences => {
      const p = v as Partial<SignInPreferences> | null;
      return typeof p?.regionId === 'string' && typeof p.clientId === 'string';
    });
  },
  set(preferences: SignInPreferences): void {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  },
};

/**
 * Whether this tab may go to the login host on its own (remembered region and client). Switched
 * off for the tab after a sign-out or a failed automatic attempt, so the sign-in page shows with
 * its reason instead of a redirect loop; a successful sign-in switches it back on.
 */
export const automaticSignInStore = {
  allowed(): boolean {
    return sessionStorage.getItem(AUTOMATIC_KEY) !== 'off';
  },
  disable(): void {
    sessionStorage.setItem(AUTOMATIC_KEY, 'off');
  },
  enable(): void {
    sessionStorage.removeItem(AUTOMATIC_KEY);
  },
};
