import type { NewJourneySession, SegmentAssignmentRecord } from '../db/journey-repo.ts';
import type { Rng } from './random.ts';

/**
 * Web journey data for the demo org, so the Conversations and journey tab has something to show.
 * Sessions come from Predictive Engagement on a real org, which the sandbox does not emulate: this
 * is a believable stand-in (a few visits to a retail site over the last weeks, for about one
 * contact in four), with segment assignments for some of those visitors.
 */
const SITE = 'www.example-shop.com';
const PAGES: readonly { path: string; title: string }[] = [
  { path: '/', title: 'Home' },
  { path: '/products/headphones', title: 'Wireless headphones' },
  { path: '/products/laptops', title: 'Laptops' },
  { path: '/cart', title: 'Your cart' },
  { path: '/checkout', title: 'Checkout' },
  { path: '/help/returns', title: 'Returns and refunds' },
  { path: '/help/contact', title: 'Contact us' },
  { path: '/account/orders', title: 'Your orders' },
];
const BROWSERS = [
  { family: 'Chrome', version: '131.0', osFamily: 'Windows', category: 'desktop', isMobile: false },
  { family: 'Safari', version: '18.1', osFamily: 'iOS', category: 'mobile', isMobile: true },
  { family: 'Firefox', version: '133.0', osFamily: 'Linux', category: 'desktop', isMobile: false },
  { family: 'Chrome', version: '131.0', osFamily: 'Android', category: 'mobile', isMobile: true },
  { family: 'Edge', version: '131.0', osFamily: 'Windows', category: 'desktop', isMobile: false },
] as const;
const REFERRERS = [
  { url: 'https://www.google.com/', medium: 'search', name: 'Google' },
  { url: 'https://newsletter.example-shop.com/', medium: 'email', name: 'Newsletter' },
  { url: 'https://www.facebook.com/', medium: 'social', name: 'Facebook' },
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
          },
          device: {
            category: browser.category,
            type: browser.category,
            osFamily: browser.osFamily,
            isMobile: browser.isMobile,
          },
          ...(referrer
            ? { referrer: { url: referrer.url, medium: referrer.medium, name: referrer.name } }
            : {}),
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
