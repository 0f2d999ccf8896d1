// The console's figures in a real browser: the production build (BENCH_DIST) served by `vite
// preview`, against a sandbox holding BENCH_DATA_FILE (the 100,000-contact file the sandbox bench
// seeded) or, without it, a new in-memory one of BENCH_CONTACTS contacts. Debian's Chromium with the
// e2e suite's flags. Times are read inside the page (performance.now() at the event that starts an
// action and at the first animation frame where the screen is done), so Playwright's own round
// trips do not count. Prints one JSON line of rows for scripts/bench.mjs.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startConsolePreview, startSandbox } from '../scripts/process-helpers.mjs';
import { launchChromium, newContext, signedInContext, signIn } from './browser-kit.ts';

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
}

const SAMPLES = Number(process.env.BENCH_BROWSER_SAMPLES ?? 5);
const distDir = process.env.BENCH_DIST ?? 'dist';
const dataFile = process.env.BENCH_DATA_FILE;
const contactCount = process.env.BENCH_CONTACTS ?? '100000';
/** The slow link of the issue: 10 Mbit/s both ways, 150 ms added to every request. */
const THROTTLED = {
  offline: false,
  latency: 150,
  downloadThroughput: 10_000_000 / 8,
  uploadThroughput: 10_000_000 / 8,
};
const UNTHROTTLED = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

declare global {
  interface Window {
    __startAt?: number;
    __doneAt?: number;
  }
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
};

/**
 * In the page: the contacts list is usable when data rows are on screen, the search box takes
 * input, and every gux-* element (shadow roots included) is hydrated, i.e. its lazy Spark chunk
 * has loaded and rendered it (Spark hides a component until then). Records the first frame where
 * that holds.
 */
function listUsable(query: string | null): boolean {
  const hasUnhydratedGux = (root: Document | ShadowRoot): boolean =>
    Array.from(root.querySelectorAll('*')).some(
      (element) =>
        // Spark keeps a component invisible until its code has loaded and rendered it once
        // (the `hydrated` attribute): only then is it on screen.
        (element.localName.startsWith('gux-') && !element.hasAttribute('hydrated')) ||
        (element.shadowRoot !== null && hasUnhydratedGux(element.shadowRoot)),
    );
  const table = document.querySelector('table.data-table');
  const rows = table?.querySelectorAll('tbody input[type="checkbox"]').length ?? 0;
  const search = document.querySelector<HTMLInputElement>('input[type="search"]');
  const ready =
    rows > 0 &&
    table?.getAttribute('aria-busy') !== 'true' &&
    (query === null || table?.querySelector('caption')?.textContent?.includes(query) === true) &&
    search !== null &&
    !search.disabled &&
    search.offsetParent !== null &&
    !hasUnhydratedGux(document);
  if (ready && window.__doneAt === undefined) window.__doneAt = performance.now();
  return ready;
}

function detailPainted(expected: { id: string; name: string }): boolean {
  const heading = document.querySelector('h1');
  const ready =
    window.location.pathname.startsWith(`/contacts/${expected.id}`) &&
    heading?.textContent?.trim() === expected.name &&
    document.querySelector(':not(:defined)') === null &&
    Array.from(document.querySelectorAll('*')).every(
      (element) => !element.localName.startsWith('gux-') || element.hasAttribute('hydrated'),
    );
  if (ready && window.__doneAt === undefined) window.__doneAt = performance.now();
  return ready;
}

/** Marks the start of the next user action at the event itself, in the capture phase. */
async function markStartOn(page: Page, event: 'click' | 'input'): Promise<void> {
  await page.evaluate((type) => {
    window.__startAt = undefined;
    window.__doneAt = undefined;
    // For typing, the last keystroke starts the wait for results; for a click, the click does.
    document.addEventListener(type, () => void (window.__startAt = performance.now()), {
      capture: true,
      once: type === 'click',
    });
  }, event);
}

const elapsed = (page: Page) =>
  page.evaluate(() => (window.__doneAt ?? NaN) - (window.__startAt ?? 0));

/** Counts the API requests (preflights aside) a page sends from now on. */
function countApiRequests(page: Page, sandboxUrl: string) {
  let count = 0;
  let inFlight = 0;
  let lastActivity = Date.now();
  const isApi = (url: string, method: string) =>
    url.startsWith(`${sandboxUrl}/api/v2/`) && method !== 'OPTIONS';
  page.on('request', (request) => {
    if (!isApi(request.url(), request.method())) return;
    count += 1;
    inFlight += 1;
    lastActivity = Date.now();
  });
  const finished = (request: { url(): string; method(): string }) => {
    if (!isApi(request.url(), request.method())) return;
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return {
    reset: () => void (count = 0),
    /** Once no API request has been in flight for 500 ms, so trailing ones are counted too. */
    settle: async () => {
      while (inFlight > 0 || Date.now() - lastActivity < 500) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return count;
    },
  };
}

async function throttle(context: BrowserContext, page: Page, on: boolean) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', on ? THROTTLED : UNTHROTTLED);
  return cdp;
}

/**
 * BENCH_TRACE=1: prints the page's network timeline (navigation and resources, ms from the start
 * of navigation) to stderr, to see which round trips a first-screen figure is made of.
 */
async function traceTimeline(page: Page, label: string): Promise<void> {
  if (!process.env.BENCH_TRACE) return;
  const entries = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        name: timing.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 70),
        start: Math.round(timing.startTime),
        end: Math.round(timing.responseEnd),
        bytes: timing.transferSize,
      };
    }),
  );
  const doneAt = await page.evaluate(() => window.__doneAt ?? NaN);
  console.error(`--- ${label}: usable at ${Math.round(doneAt)} ms`);
  for (const entry of entries.sort((a, b) => a.start - b.start))
    console.error(
      `${String(entry.start).padStart(6)} → ${String(entry.end).padStart(6)}  ${String(entry.bytes).padStart(7)} B  ${entry.name}`,
    );
}

async function firstScreen(
  browser: Browser,
  consoleUrl: string,
  sandboxUrl: string,
  session: string,
) {
  const cold: number[] = [];
  const warm: number[] = [];
  let coldRequests = 0;
  let warmRequests = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const { context, page } = await signedInContext(browser, session);
    await throttle(context, page, true);
    const requests = countApiRequests(page, sandboxUrl);
    await page.goto(`${consoleUrl}/contacts`, { waitUntil: 'commit' });
    await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
    cold.push(await page.evaluate(() => window.__doneAt ?? NaN));
    if (sample === 0) await traceTimeline(page, 'cold');
    coldRequests = await requests.settle();
    // Warm: the same tab loads the page again, its code now in the HTTP cache.
    requests.reset();
    await page.goto(`${consoleUrl}/contacts`, { waitUntil: 'commit' });
    await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
    warm.push(await page.evaluate(() => window.__doneAt ?? NaN));
    if (sample === 0) await traceTimeline(page, 'warm');
    warmRequests = await requests.settle();
    await context.close();
  }
  return { cold: median(cold), warm: median(warm), coldRequests, warmRequests };
}

async function inAppFigures(page: Page, consoleUrl: string, sandboxUrl: string) {
  const requests = countApiRequests(page, sandboxUrl);
  const figures = {
    navigation: [] as number[],
    navigationRequests: 0,
    detailCold: [] as number[],
    detailColdRequests: 0,
    detailWarm: [] as number[],
    detailWarmRequests: 0,
    typing: [] as number[],
    typingRequests: 0,
    backToList: [] as number[],
    backToListRequests: 0,
    typedTenRequests: 0,
  };
  const nameLinks = page.locator('table.data-table tbody td:nth-child(2) a');

  for (let sample = 0; sample < SAMPLES; sample += 1) {
    // Navigation: from the home page, the Contacts link to the first rows painted. The home page
    // is loaded afresh each time, so no sample finds the rows in the query cache.
    await page.goto(`${consoleUrl}/`);
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    await requests.settle();
    requests.reset();
    await markStartOn(page, 'click');
    await page.getByRole('link', { name: 'Contacts', exact: true }).first().click();
    await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
    figures.navigation.push(await elapsed(page));
    figures.navigationRequests = await requests.settle();

    // Contact detail, cold: a click with no hover or focus first, so nothing was prefetched.
    const coldLink = nameLinks.nth(sample * 2);
    const cold = await targetOf(coldLink);
    requests.reset();
    await markStartOn(page, 'click');
    await coldLink.dispatchEvent('click');
    await page.waitForFunction(detailPainted, cold, { polling: 'raf', timeout: 30_000 });
    figures.detailCold.push(await elapsed(page));
    figures.detailColdRequests = await requests.settle();
    // Coming back to the list: Back, to the rows usable again.
    requests.reset();
    await page.evaluate(() => {
      window.__doneAt = undefined;
      window.__startAt = performance.now();
    });
    await page.goBack();
    await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
    figures.backToList.push(await elapsed(page));
    figures.backToListRequests = await requests.settle();

    // Contact detail, warm: the row's hover prefetch has answered before the click.
    const warmLink = nameLinks.nth(sample * 2 + 1);
    const warm = await targetOf(warmLink);
    const prefetched = page.waitForResponse((response) =>
      response.url().includes(`/externalcontacts/contacts/${warm.id}`),
    );
    await warmLink.hover();
    await prefetched;
    await requests.settle();
    requests.reset();
    await markStartOn(page, 'click');
    await warmLink.dispatchEvent('click');
    await page.waitForFunction(detailPainted, warm, { polling: 'raf', timeout: 30_000 });
    figures.detailWarm.push(await elapsed(page));
    figures.detailWarmRequests = await requests.settle();
  }

  // Typing a query: from the last keystroke to its results on screen (the search box waits for
  // a 300 ms pause in typing before it searches, so that pause is part of the figure).
  const queries = ['mar', 'joh', 'sch', 'lee', 'ann', 'pat', 'wil'].slice(0, SAMPLES);
  await page.goto(`${consoleUrl}/contacts`);
  await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
  const search = page.getByLabel('Search contacts');
  for (const query of queries) {
    await search.fill('');
    await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
    await requests.settle();
    requests.reset();
    await markStartOn(page, 'input');
    await search.pressSequentially(query);
    await page.waitForFunction(listUsable, query, { polling: 'raf', timeout: 30_000 });
    figures.typing.push(await elapsed(page));
    figures.typingRequests = await requests.settle();
  }

  // A 10-character query (a title word) typed at a brisk 80 ms a key: how many searches reach the API.
  await search.fill('');
  await page.waitForFunction(listUsable, null, { polling: 'raf', timeout: 30_000 });
  await requests.settle();
  requests.reset();
  await search.pressSequentially('operations', { delay: 80 });
  await page.waitForFunction(listUsable, 'operations', { polling: 'raf', timeout: 30_000 });
  figures.typedTenRequests = await requests.settle();
  return figures;
}

async function targetOf(link: ReturnType<Page['locator']>) {
  const href = (await link.getAttribute('href')) ?? '';
  return { id: href.split('/').pop() ?? '', name: ((await link.textContent()) ?? '').trim() };
}

const sandboxArgs = dataFile ? ['--data', dataFile] : ['--memory', '--seed', contactCount];
const { child: sandbox, url: sandboxUrl } = await startSandbox(
  [...sandboxArgs, '--port', '0', '--rate-limit', 'off'],
  { echo: false },
);
const { url: consoleUrl, stop: stopConsole } = await startConsolePreview({
  outDir: distDir,
  sandboxUrl,
});
const rows: Row[] = [];
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  const context = await newContext(browser);
  const page = await context.newPage();
  const session = await signIn(page, consoleUrl);

  const first = await firstScreen(browser, consoleUrl, sandboxUrl, session);
  const link = '10 Mbit/s, 150 ms';
  rows.push(
    {
      figure: `Contacts list usable, cold cache (${link})`,
      value: first.cold,
      unit: 'ms',
      budget: 1500,
    },
    { figure: '  API requests, cold', value: first.coldRequests, unit: 'requests' },
    {
      figure: `Contacts list usable, warm cache (${link})`,
      value: first.warm,
      unit: 'ms',
      budget: 300,
    },
    { figure: '  API requests, warm', value: first.warmRequests, unit: 'requests' },
  );

  const app = await inAppFigures(page, consoleUrl, sandboxUrl);
  rows.push(
    {
      figure: 'Home → first contact rows painted',
      value: median(app.navigation),
      unit: 'ms',
      budget: 500,
    },
    { figure: '  API requests', value: app.navigationRequests, unit: 'requests' },
    {
      figure: 'List → contact detail, cold',
      value: median(app.detailCold),
      unit: 'ms',
      budget: 500,
    },
    { figure: '  API requests', value: app.detailColdRequests, unit: 'requests' },
    {
      figure: 'List → contact detail, warm (hover prefetch)',
      value: median(app.detailWarm),
      unit: 'ms',
      budget: 100,
    },
    { figure: '  API requests', value: app.detailWarmRequests, unit: 'requests' },
    {
      figure: 'Typing a query → results (300 ms debounce incl.)',
      value: median(app.typing),
      unit: 'ms',
      budget: 700,
    },
    { figure: '  API requests', value: app.typingRequests, unit: 'requests' },
    {
      figure: 'Typing a 10-character query at 80 ms a key',
      value: app.typedTenRequests,
      unit: 'requests',
    },
    {
      figure: 'Contact detail → back to the list',
      value: median(app.backToList),
      unit: 'ms',
      budget: 300,
    },
    { figure: '  API requests', value: app.backToListRequests, unit: 'requests' },
  );
} finally {
  await browser?.close();
  stopConsole();
  sandbox.kill('SIGTERM');
}
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
