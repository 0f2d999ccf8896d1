import { landingPath } from '@/auth/oauth';
import { pendingLoginStore, sessionStore } from '@/auth/session-store';
import { startEarlyRequests } from './early-requests';

/**
 * The early script (early-requests.ts), the only script the built page names (vite.config.ts,
 * earlyRequestsScript): it asks for config.json and the first screen's reads, then starts the
 * app's entry, which the page has the browser load meanwhile. The entry starts once the reads
 * have left (at once when this tab knows config.json already): evaluating it holds the page's
 * thread for a good while (~100 ms on two cores), during which the early script could send
 * nothing. The app imports this module too: one module, run once, whose state the app's fetch
 * client reads.
 */
const { pathname, search } = window.location;
const session = sessionStore.getValid();
const sent = startEarlyRequests({
  pathname,
  search,
  session,
  fetch: (input, init) => fetch(input, init),
  storage: sessionStorage,
});
// The files of what the app will show first, when that is known now: the contacts list with a
// session; on the return from the login host, the judging of its answer and, when the sign-in
// lands there, the contacts list. Asked for once the app's entry is in (on a slow link they would
// otherwise share it with the entry, which is what the page waits for first) and before it runs
// (its evaluation holds the page's thread a good while: they would leave only after it).
const firstScreenFiles: string[] = [];
if (pathname === '/auth/callback') {
  firstScreenFiles.push('ecc-callback-files');
  const pending = pendingLoginStore.peek();
  if (pending && landingPath(pending.returnTo) === '/contacts')
    firstScreenFiles.push('ecc-contacts-list-files');
} else if (session && pathname === '/contacts') {
  firstScreenFiles.push('ecc-contacts-list-files');
}
void sent.finally(() =>
  afterAppEntryLoaded(() => {
    firstScreenFiles.forEach(preload);
    startAppEntry();
  }),
);

/** Once the page is parsed, as it would be for a deferred script (this one is `async`). */
function whenParsed(then: () => void): void {
  if (document.readyState !== 'loading') return then();
  document.addEventListener('DOMContentLoaded', () => then(), { once: true });
}

/** The app's entry, named by the built page as a preload (loaded, not yet run). */
function appEntry(): HTMLLinkElement | null {
  return document.querySelector<HTMLLinkElement>('link[data-app-entry]');
}

function afterAppEntryLoaded(then: () => void): void {
  whenParsed(() => {
    const entry = appEntry();
    if (!entry || performance.getEntriesByName(entry.href).length > 0) return then();
    entry.addEventListener('load', then, { once: true });
    entry.addEventListener('error', then, { once: true });
  });
}

/** Starts the app's entry. Without one (the dev server), index.html runs the app itself. */
function startAppEntry(): void {
  const entry = appEntry();
  if (!entry) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = entry.href;
  document.head.append(script);
}

/**
 * Asks for files the built page names in a <meta> (vite.config.ts, FIRST_SCREEN_FILES, written
 * ahead of this script): route chunks and styles, Spark components, icons. Links with the same
 * URL and mode as the app's own requests later, so those find them loaded.
 */
function preload(metaName: string): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`);
  for (const href of meta?.content.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    if (href.endsWith('.css')) link.rel = 'stylesheet';
    else if (href.endsWith('.js')) link.rel = 'modulepreload';
    else Object.assign(link, { rel: 'preload', as: 'fetch' });
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

export { dropEarlyResponses, earlyConfigResponse, fetchWithEarlyResponses } from './early-requests';
