/**
 * Sessions as Genesys serves them carry every field their models mark required (Browser's four
 * `features*` flags, Device's `osVersion`, Referrer's and JourneyPage's URL parts, JourneyPage's
 * `breadcrumb`). The demo seed writes them all; sessions stored by an earlier seed (a reused data
 * file) lack some, so the read fills the gaps: URL parts are derived from the stored URL, the
 * rest takes what a current browser would report. Nothing is added where the stored session has
 * no browser, device, referrer or page at all: those objects are optional.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface UrlParts {
  domain: string;
  hostname: string;
  pathname: string;
}

/**
 * `domain` is the registrable part of the host; the last two labels stand in for a public-suffix
 * lookup (right for the .com hosts the sandbox stores, not for e.g. .co.uk).
 */
export function urlParts(url: unknown): UrlParts {
  if (typeof url !== 'string' || !URL.canParse(url)) {
    return { domain: '', hostname: '', pathname: '' };
  }
  const { hostname, pathname } = new URL(url);
  const isAddress = /^[\d.]+$/.test(hostname) || hostname.startsWith('[');
  const domain = isAddress ? hostname : hostname.split('.').slice(-2).join('.');
  return { domain, hostname, pathname };
}

function withUrlParts(value: Json): Json {
  const parts = urlParts(value.url);
  return {
    ...value,
    domain: value.domain ?? parts.domain,
    hostname: value.hostname ?? parts.hostname,
    pathname: value.pathname ?? parts.pathname,
  };
}

/** A page without a stored breadcrumb has no known place in the site: an empty trail. */
function completePage(page: Json): Json {
  return { ...withUrlParts(page), breadcrumb: page.breadcrumb ?? [] };
}

function completeBrowser(browser: Json): Json {
  return {
    ...browser,
    featuresFlash: browser.featuresFlash ?? false,
    featuresJava: browser.featuresJava ?? false,
    featuresPdf: browser.featuresPdf ?? true,
    featuresWebrtc: browser.featuresWebrtc ?? true,
  };
}

function completeDevice(device: Json): Json {
  return { ...device, osVersion: device.osVersion ?? 'Unknown' };
}

/** The stored session document with the required fields of its nested models filled in. */
export function completeSessionDoc(doc: Json): Json {
  const complete = { ...doc };
  if (isObject(doc.browser)) complete.browser = completeBrowser(doc.browser);
  if (isObject(doc.device)) complete.device = completeDevice(doc.device);
  if (isObject(doc.referrer)) complete.referrer = withUrlParts(doc.referrer);
  if (isObject(doc.lastPage)) complete.lastPage = completePage(doc.lastPage);
  return complete;
}
