// The console's figures in a real browser: the production build (BENCH_DIST) served by `vite
// preview`, against a sandbox holding BENCH_DATA_FILE (the 100,000-contact file the sandbox bench
// seeded) or, without it, a new in-memory one of BENCH_CONTACTS contacts. Debian's Chromium with the
// e2e suite's flags. Times are read inside the page (performance.now() at the event that starts an
// action and at the first animation frame where the screen is done), so Playwright's own round
// trips do not count. Prints one JSON line of rows for scripts/bench.mjs.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { startConsolePreview, startSandbox } from '../scripts/process-helpers.mjs';
import { launchChromium, newContext, signedInContext, signIn } from './browser-kit.ts';
import { loadConsoleModule } from './console-modules.ts';

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
/**
 * BENCH_ONLY: a comma-separated choice of parts, to iterate on one figure without the rest:
 * `first-screen` (the contacts list cold and warm), `deep-link`, `sign-in`, `in-app`. All by default.
 */
const PARTS = ['first-screen', 'deep-link', 'sign-in', 'in-app'] as const;
type Part = (typeof PARTS)[number];
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
for (const part of only) {
  if (!PARTS.includes(part as Part))
    throw new Error(`BENCH_ONLY: unknown part "${part}" (${PARTS.join(', ')}).`);
}
const runs = (part: Part) => only.length === 0 || only.includes(part);
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

/**
 * How the page loads are waited for. By default without Playwright's own script in the page:
 * waitForFunction puts Playwright's injected script (hundreds of KB) into each new document as
 * soon as it exists, and evaluating it holds the page's thread just as the page starts (a Chrome
 * trace of a warm load showed 77 ms of it at load 4). Instead the predicate runs from the
 * document's start on every animation frame as a small init script, and the bench reads
 * `__doneAt` over CDP. BENCH_WAIT=playwright waits with waitForFunction, as before 2 December.
 */
const WAIT_WITH_PLAYWRIGHT = process.env.BENCH_WAIT === 'playwright';

/** Runs `predicate(arg)` on every animation frame of each document the page loads from now on. */
async function checkEveryFrame<Arg>(page: Page, predicate: (arg: Arg) => boolean, arg: Arg) {
  if (WAIT_WITH_PLAYWRIGHT) return;
  await page.addInitScript({
    content: `(() => {
      const check = ${predicate.toString()};
      const frame = () => { if (!check(${JSON.stringify(arg)})) requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    })();`,
  });
}

/**
 * Waits until the current document has set `__doneAt` (checkEveryFrame), asking over CDP so
 * nothing is injected; returns it with the document's time origin (the browser's wall clock).
 */
async function waitForDone<Arg>(
  page: Page,
  cdp: CDPSession,
  predicate: (arg: Arg) => boolean,
  arg: Arg,
): Promise<{ doneAt: number; timeOrigin: number }> {
  if (WAIT_WITH_PLAYWRIGHT) {
    // (Playwright's types cannot tell that Arg is plain data.)
    await page.waitForFunction(predicate as (arg: unknown) => boolean, arg as unknown, {
      polling: 'raf',
      timeout: 30_000,
    });
    return page.evaluate(() => ({
      doneAt: window.__doneAt ?? NaN,
      timeOrigin: performance.timeOrigin,
    }));
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { result } = await cdp
      .send('Runtime.evaluate', {
        expression:
          'window.__doneAt === undefined ? null : [window.__doneAt, performance.timeOrigin]',
        returnByValue: true,
      })
      // A document on its way out, or not there yet: ask again.
      .catch(() => ({ result: { value: null } }));
    const value = result.value as [number, number] | null;
    if (value) return { doneAt: value[0], timeOrigin: value[1] };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Not done within 30 s: ${page.url()}`);
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
    const cdp = await throttle(context, page, true);
    await checkEveryFrame(page, listUsable, null);
    const requests = countApiRequests(page, sandboxUrl);
    await page.goto(`${consoleUrl}/contacts`, { waitUntil: 'commit' });
    cold.push((await waitForDone(page, cdp, listUsable, null)).doneAt);
    if (sample === 0) await traceTimeline(page, 'cold');
    coldRequests = await requests.settle();
    // Warm: the same tab loads the page again, its code now in the HTTP cache.
    requests.reset();
    await page.goto(`${consoleUrl}/contacts`, { waitUntil: 'commit' });
    warm.push((await waitForDone(page, cdp, listUsable, null)).doneAt);
    if (sample === 0) await traceTimeline(page, 'warm');
    warmRequests = await requests.settle();
    await context.close();
  }
  return { cold: median(cold), warm: median(warm), coldRequests, warmRequests };
}

/** The browser's wall clock (ms since the epoch), the same in every document of the run. */
async function pageClock(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'performance.timeOrigin + performance.now()',
    returnByValue: true,
  });
  return result.value as number;
}

/** The main frame's document requests from now on (redirects included), with their times. */
function documentRequests(page: Page) {
  const visited: { url: string; at: number }[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      visited.push({ url: request.url(), at: Date.now() });
  });
  return visited;
}

function traceDocuments(label: string, startedAt: number, visited: { url: string; at: number }[]) {
  if (!process.env.BENCH_TRACE) return;
  console.error(`--- ${label}: documents (ms from the start, Node's clock)`);
  for (const { url, at } of visited) {
    const { pathname, port } = new URL(url);
    console.error(`${String(at - startedAt).padStart(6)}  :${port}${pathname}`);
  }
}

/**
 * A link to a record opened in a new tab of a browser that is signed in: the tab has no session
 * of its own (sessionStorage is per tab), the device remembers the region, and the sandbox's login
 * host has a live login session (its cookie). The console goes to the login host, which answers at
 * once with a token, and comes back to the record. Measured from the navigation's start to the
 * contact's heading with every Spark component hydrated, on the slow link; the tab's context has
 * the console's code in its HTTP cache and its service worker (a browser that has used it).
 */
async function deepLinkInNewTab(
  context: BrowserContext,
  consoleUrl: string,
  sandboxUrl: string,
  contact: { id: string; name: string },
) {
  const times: number[] = [];
  let documents = 0;
  let apiRequests = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const tab = await context.newPage();
    const cdp = await throttle(context, tab, true);
    await checkEveryFrame(tab, detailPainted, contact);
    const visited = documentRequests(tab);
    const requests = countApiRequests(tab, sandboxUrl);
    const startedAt = await pageClock(cdp);
    const nodeStart = Date.now();
    await tab.goto(`${consoleUrl}/contacts/${contact.id}`, { waitUntil: 'commit' });
    const done = await waitForDone(tab, cdp, detailPainted, contact);
    times.push(done.timeOrigin + done.doneAt - startedAt);
    if (sample === 0) {
      traceDocuments('deep link in a new tab', nodeStart, visited);
      await traceTimeline(tab, 'deep link, last document');
    }
    apiRequests = await requests.settle();
    documents = visited.length;
    if (!visited.some(({ url }) => url.startsWith(`${sandboxUrl}/oauth/authorize`)))
      throw new Error('The deep link did not go through the login host: is the tab signed in?');
    await tab.close();
  }
  return { time: median(times), documents, apiRequests };
}

/**
 * Signing in on the sandbox's sign-in page: a browser with no login session opens the console,
 * presses Sign in, and on the login host's page picks the demo admin; from that click to the
 * contacts list usable (no page was asked for, so sign-in lands there), on the slow link. Each
 * sample is a new browser context; the console's code is in its HTTP cache from the sign-in page
 * that led to the login host, as it would be.
 */
async function signInToRows(browser: Browser, consoleUrl: string, sandboxUrl: string) {
  const times: number[] = [];
  let documents = 0;
  let apiRequests = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${consoleUrl}/`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const chooseAdmin = page.getByRole('button', { name: 'Sign in as Alex Admin' });
    await chooseAdmin.waitFor();
    const cdp = await throttle(context, page, true);
    await checkEveryFrame(page, listUsable, null);
    let clickedAt = NaN;
    await page.exposeFunction('__benchClickedAt', (at: number) => void (clickedAt = at));
    await page.evaluate(() => {
      const report = (window as unknown as { __benchClickedAt: (at: number) => void })
        .__benchClickedAt;
      document.addEventListener('click', () => report(performance.timeOrigin + performance.now()), {
        capture: true,
        once: true,
      });
    });
    const visited = documentRequests(page);
    const requests = countApiRequests(page, sandboxUrl);
    const nodeStart = Date.now();
    await chooseAdmin.click();
    const done = await waitForDone(page, cdp, listUsable, null);
    times.push(done.timeOrigin + done.doneAt - clickedAt);
    if (sample === 0) {
      traceDocuments('sign-in', nodeStart, visited);
      await traceTimeline(page, 'sign-in, last document');
    }
    apiRequests = await requests.settle();
    documents = visited.length;
    await context.close();
  }
  return { time: median(times), documents, apiRequests };
}

/** A seeded contact to open by its link: the first of the list, read through the API. */
async function someContact(sandboxUrl: string, session: string) {
  const { accessToken } = JSON.parse(session) as { accessToken: string };
  const response = await fetch(
    `${sandboxUrl}/api/v2/externalcontacts/contacts?pageSize=1&pageNumber=1`,
    { headers: { Authorization: `Bearer ${accessToken}` } },
  );
  const listing = (await response.json()) as { entities?: ({ id: string } & object)[] };
  const contact = listing.entities?.[0];
  if (!contact) throw new Error('The sandbox has no contact to open.');
  // The heading the detail page shows: the console's own naming rule.
  const { contactName } = await loadConsoleModule<{ contactName: (contact: object) => string }>(
    'models/contact-fields.ts',
  );
  return { id: contact.id, name: contactName(contact) };
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

  const link = '10 Mbit/s, 150 ms';
  if (runs('first-screen')) {
    const first = await firstScreen(browser, consoleUrl, sandboxUrl, session);
    rows.push(
      {
        figure: `Contacts list usable, cold cache (${link})`,
        value: first.cold,
        unit: 'ms',
        budget: 1000,
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
  }

  if (runs('deep-link')) {
    // The signed-in tab above left its login session (the sandbox's cookie) and the remembered
    // region in this context: a new tab of a signed-in browser.
    const deepLink = await deepLinkInNewTab(
      context,
      consoleUrl,
      sandboxUrl,
      await someContact(sandboxUrl, session),
    );
    rows.push(
      {
        figure: `Deep link in a new tab of a signed-in browser → record shown (${link})`,
        value: deepLink.time,
        unit: 'ms',
      },
      {
        figure: '  documents loaded (login host included)',
        value: deepLink.documents,
        unit: 'documents',
      },
      { figure: '  API requests', value: deepLink.apiRequests, unit: 'requests' },
    );
  }

  if (runs('sign-in')) {
    const signInFigures = await signInToRows(browser, consoleUrl, sandboxUrl);
    rows.push(
      {
        figure: `Sign-in (user chosen) → contacts rows (${link})`,
        value: signInFigures.time,
        unit: 'ms',
      },
      { figure: '  documents loaded', value: signInFigures.documents, unit: 'documents' },
      { figure: '  API requests', value: signInFigures.apiRequests, unit: 'requests' },
    );
  }

  if (runs('in-app')) {
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
  }
} finally {
  await browser?.close();
  stopConsole();
  sandbox.kill('SIGTERM');
}
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
