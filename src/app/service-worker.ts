/**
 * Registers public/sw.js, the app-shell cache (README.md, Speed), in production builds only: the
 * dev server's modules change with every edit. Registration waits until the page has loaded and
 * the first screen is done (`firstScreen`), so it never competes with the first screen's requests.
 * (Waiting for `load` alone is not enough: the early script starts the app's entry, which can run
 * after `load` has fired, and then a listener for it would never be called.)
 */
export function registerServiceWorker(firstScreen: Promise<void>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void Promise.all([firstScreen, pageLoaded()])
    .then(() => navigator.serviceWorker.register('/sw.js'))
    .catch(() => {
      // Without it the console works as before, one round trip slower on a return visit.
    });
  // A cached shell from before a deployment may name chunks the host no longer has: load the
  // current shell once (the worker has fetched it by then) rather than show a broken page.
  window.addEventListener('vite:preloadError', (event) => {
    const key = 'ecc.reloadedForChunks';
    if (sessionStorage.getItem(key) === location.pathname) return;
    sessionStorage.setItem(key, location.pathname);
    event.preventDefault();
    location.reload();
  });
}

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
