import type { NewJourneySession, SegmentAssignmentRecord } from '../db/journey-repo.ts';
import type { Rng } from './random.ts';

/**
 * Web journey data for the demo org, so the Conversations and journey tab has something to show.
 * Sessions come from Predictive Engagement on a real org, which the sandbox does not emulate: this
 * is a believable stand-in (a few visits to a retail site over the last weeks, for about one
 * contact in four), with segment assignments for some of those visitors.
 */
const SITE = 'www.example-shop.com';
/** `breadcrumb`: the page's place in the site's hierarchy, as the site's own breadcrumb shows it. */
const PAGES: readonly { path: string; title: string; breadcrumb: readonly string[] }[] = [
  { path: '/', title: 'Home', breadcrumb: ['Home'] },
  {
    path: '/products/headphones',
    title: 'Wireless headphones',
    breadcrumb: ['Home', 'Products', 'Headphones'],
  },
  { path: '/products/laptops', title: 'Laptops', breadcrumb: ['Home', 'Products', 'Laptops'] },
  { path: '/cart', title: 'Your cart', breadcrumb: ['Home', 'Cart'] },
  { path: '/checkout', title: 'Checkout', breadcrumb: ['Home', 'Cart', 'Checkout'] },
  { path: '/help/returns', title: 'Returns and refunds', breadcrumb: ['Home', 'Help', 'Returns'] },
  { path: '/help/contact', title: 'Contact us', breadcrumb: ['Home', 'Help', 'Contact us'] },
  { path: '/account/orders', title: 'Your orders', breadcrumb: ['Home', 'Account', 'Orders'] },
];
/**
 * One visitor's browser and device, as Predictive Engagement's tracker reports them: Flash and
 * Java are long gone from every current browser; all of these read PDFs and support WebRTC.
 * `deviceType` follows Genesys' examples (iPhone, iPad, Other).
 */
const BROWSERS = [
  {
    family: 'Chrome',
    version: '131.0.6778.86',
    osFamily: 'Windows',
    osVersion: '10',
    category: 'desktop',
    deviceType: 'Other',
    isMobile: false,
    screen: { width: 1920, height: 1080, density: 1 },
  },
  {
    family: 'Mobile Safari',
    version: '18.1',
    osFamily: 'iOS',
    osVersion: '18.1.1',
    category: 'mobile',
    deviceType: 'iPhone',
    manufacturer: 'Apple',
    isMobile: true,
    screen: { width: 393, height: 852, density: 3 },
  },
  {
    family: 'Firefox',
    version: '133.0',
    osFamily: 'Mac OS X',
    osVersion: '10.15',
    category: 'desktop',
    deviceType: 'Other',
    manufacturer: 'Apple',
    isMobile: false,
    screen: { width: 1512, height: 982, density: 2 },
  },
  {
    family: 'Chrome Mobile',
    version: '131.0.6778.81',
    osFamily: 'Android',
    osVersion: '14',
    category: 'mobile',
    deviceType: 'Pixel 8',
    manufacturer: 'Google',
    isMobile: true,
    screen: { width: 412, height: 915, density: 3 },
  },
  {
    family: 'Edge',
    version: '131.0.2903.70',
    osFamily: 'Windows',
    osVersion: '11',
    category: 'desktop',
    deviceType: 'Other',
    isMobile: false,
    screen: { width: 2560, height: 1440, density: 1 },
  },
] as const;
const REFERRERS = [
  {
    url: 'https://www.google.com/search?q=wireless+headphones',
    domain: 'google.com',
    hostname: 'www.google.com',
    pathname: '/search',
    queryString: 'q=wireless+headphones',
    keywords: 'wireless headphones',
    medium: 'search',
    name: 'Google',
  },
  {
    url: 'https://newsletter.example-shop.com/2026/winter',
    domain: 'example-shop.com',
    hostname: 'newsletter.example-shop.com',
    pathname: '/2026/winter',
    medium: 'email',
    name: 'Newsletter',
  },
  {
    url: 'https://www.facebook.com/',
    domain: 'facebook.com',
    hostname: 'www.facebook.com',
    pathname: '/',
    medium: 'social',
    name: 'Facebook',
  },
] as const;
/** Ids of the segments the sources migration creates (sandbox/db/sources-migration.ts). */
const SEGMENTS = [
  { id: '5f1c1f0e-0001-4a6b-9c1d-5e9a00000001', days: 365 },
  { id: '5f1c1f0e-0002-4a6b-9c1d-5e9a00000002', days: 30 },
  { id: '5f1c1f0e-0003-4a6b-9c1d-5e9a00000003', days: 7 },
  { id: '5f1c1f0e-0005-4a6b-9c1d-5e9a00000005', days: 14 },
] as const;
const DAY = 86_400_000;

export interface DemoJourney {
  sessions: NewJourneySession[];
  assignments: SegmentAssignmentRecord[];
}

export function generateJourney(contactIds: readonly string[], rng: Rng, now: number): DemoJourney {
  const sessions: NewJourneySession[] = [];
  const assignments: SegmentAssignmentRecord[] = [];
  for (const contactId of contactIds) {
    if (!rng.chance(0.25)) continue;
    const visits = rng.int(1, 4);
    const browser = rng.pick(BROWSERS);
    for (let visit = 0; visit < visits; visit += 1) {
      const started = now - rng.int(1, 45) * DAY - rng.int(0, DAY - 1);
      const pageviews = rng.int(1, 9);
      const duration = pageviews * rng.int(20, 120);
      const lastPage = rng.pick(PAGES);
      const referrer = rng.chance(0.6) ? rng.pick(REFERRERS) : null;
      const ended = new Date(started + duration * 1000).toISOString();
      sessions.push({
        contactId,
        type: 'web',
        createdDate: new Date(started).toISOString(),
        doc: {
          endedDate: ended,
          durationInSeconds: duration,
          pageviewCount: pageviews,
          eventCount: pageviews + rng.int(0, 4),
          authenticated: rng.chance(0.4),
          lastPage: {
            url: `https://${SITE}${lastPage.path}`,
            title: lastPage.title,
            domain: 'example-shop.com',
            hostname: SITE,
            pathname: lastPage.path,
            lang: 'en-US',
            breadcrumb: [...lastPage.breadcrumb],
          },
          lastEvent: {
            id: `${contactId.slice(0, 8)}-${visit}`,
            eventName: 'page_viewed',
            createdDate: ended,
          },
          browser: {
            family: browser.family,
            version: browser.version,
            lang: 'en-US',
            isMobile: browser.isMobile,
            featuresFlash: false,
            featuresJava: false,
            featuresPdf: true,
            featuresWebrtc: true,
          },
          device: {
            category: browser.category,
            type: browser.deviceType,
            isMobile: browser.isMobile,
            osFamily: browser.osFamily,
            osVersion: browser.osVersion,
            screenWidth: browser.screen.width,
            screenHeight: browser.screen.height,
            screenDensity: browser.screen.density,
            ...('manufacturer' in browser ? { manufacturer: browser.manufacturer } : {}),
          },
          ...(referrer ? { referrer: { ...referrer } } : {}),
        },
      });
    }
    if (rng.chance(0.5)) {
      const segment = rng.pick(SEGMENTS);
      const assigned = now - rng.int(0, segment.days - 1) * DAY;
      assignments.push({
        contactId,
        segmentId: segment.id,
        dateAssigned: new Date(assigned).toISOString(),
        dateForUnassignment: new Date(assigned + segment.days * DAY).toISOString(),
      });
    }
  }
  return { sessions, assignments };
}
