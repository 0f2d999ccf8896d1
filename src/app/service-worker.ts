/**
 * Registers public/sw.js, the app-shell cache (README.md, Speed), in production builds only: the
 * dev server's modules change with every edit. Registration waits for `load` so it never competes
 * with the first screen's requests.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the console works as before, one round trip slower on a return visit.
    });
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
