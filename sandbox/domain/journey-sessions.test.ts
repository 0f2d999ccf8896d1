import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSession } from '../db/journey-repo.ts';
import { API, contactsTestKit } from '../routes/externalcontacts/contacts-test-kit.ts';
import type { ContactsTestKit } from '../routes/externalcontacts/contacts-test-kit.ts';
import { generateJourney } from '../seed/journey.ts';
import { createRng } from '../seed/random.ts';
import { urlParts } from './journey-session-shape.ts';

/**
 * The served sessions are checked against the official SDK's own model declarations (its
 * index.d.ts marks required fields without `?`), not against a list written here: a field the
 * SDK requires and the sandbox leaves out fails this test.
 */
const sdkTypes = readFileSync(
  join(
    dirname(createRequire(import.meta.url).resolve('purecloud-platform-client-v2')),
    '..',
    '..',
    'index.d.ts',
  ),
  'utf8',
);

interface ModelField {
  name: string;
  required: boolean;
  /** The SDK model of the value (or of its items), when it is one. */
  model: string | null;
}

function sdkModel(name: string): ModelField[] {
  const start = sdkTypes.indexOf(`export interface ${name} {`);
  if (start === -1) throw new Error(`The SDK declares no model ${name}`);
  const body = sdkTypes.slice(start, sdkTypes.indexOf('\n\t}', start));
  return [...body.matchAll(/^\t\t"(\w+)"(\??): ([^;]+);$/gm)].map(([, field, optional, type]) => ({
    name: field ?? '',
    required: optional !== '?',
    model: /Models\.(\w+)/.exec(type ?? '')?.[1] ?? null,
  }));
}

/** Every path (e.g. `browser.featuresPdf`) the model requires and the value lacks. */
function missingRequired(value: unknown, model: string, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path || model} (not an object)`];
  const record = value as Record<string, unknown>;
  return sdkModel(model).flatMap((field) => {
    const at = path ? `${path}.${field.name}` : field.name;
    const fieldValue = record[field.name];
    if (fieldValue === undefined || fieldValue === null) return field.required ? [at] : [];
    if (field.model === null) return [];
    const items = Array.isArray(fieldValue) ? fieldValue : [fieldValue];
    return items.flatMap((item, index) =>
      missingRequired(item, field.model ?? '', Array.isArray(fieldValue) ? `${at}[${index}]` : at),
    );
  });
}

let kit: ContactsTestKit;
beforeAll(async () => {
  kit = await contactsTestKit();
});
afterAll(async () => {
  await kit.app.close();
});

const sessionsOf = async (contactId: string) =>
  (await kit.call('GET', `${API}/contacts/${contactId}/journey/sessions?pageSize=200`)).json<{
    entities: Record<string, unknown>[];
  }>().entities;

describe('journey sessions have every field their SDK models require', () => {
  it('the SDK marks the fields issue 15 found missing as required', () => {
    const required = (model: string) =>
      sdkModel(model)
        .filter((field) => field.required)
        .map((field) => field.name);
    expect(required('Browser')).toEqual(
      expect.arrayContaining(['featuresFlash', 'featuresJava', 'featuresPdf', 'featuresWebrtc']),
    );
    expect(required('Device')).toContain('osVersion');
    expect(required('Referrer')).toEqual(
      expect.arrayContaining(['domain', 'hostname', 'pathname']),
    );
    expect(required('JourneyPage')).toContain('breadcrumb');
    expect(sdkModel('Session').find((field) => field.name === 'lastPage')?.model).toBe(
      'JourneyPage',
    );
  });

  it('serves the demo seed sessions complete', async () => {
    const contactIds: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      contactIds.push((await kit.createContact({ firstName: `Visitor ${index}` })).id);
    }
    const { sessions } = generateJourney(contactIds, createRng(20261123), Date.now());
    for (const session of sessions) addSession(kit.db, session);
    const served = (await Promise.all(contactIds.map(sessionsOf))).flat();
    expect(served).toHaveLength(sessions.length);
    // The seed's variety reaches every nested model, so each one's rules are exercised.
    for (const part of ['browser', 'device', 'referrer', 'lastPage', 'lastEvent']) {
      expect(served.some((session) => session[part] !== undefined)).toBe(true);
    }
    expect(served.flatMap((session) => missingRequired(session, 'Session'))).toEqual([]);
  });

  it('fills the gaps of a session stored by an earlier seed', async () => {
    const contact = await kit.createContact({ firstName: 'Earlier' });
    const createdDate = '2026-11-01T10:00:00.000Z';
    addSession(kit.db, {
      contactId: contact.id,
      type: 'web',
      createdDate,
      // The shape the demo seed stored before the fields were added.
      doc: {
        eventCount: 4,
        authenticated: false,
        lastEvent: { id: 'e1', eventName: 'page_viewed', createdDate },
        lastPage: {
          url: 'https://www.example-shop.com/cart',
          title: 'Your cart',
          domain: 'example-shop.com',
          hostname: 'www.example-shop.com',
          pathname: '/cart',
        },
        browser: { family: 'Chrome', version: '131.0', isMobile: false },
        device: { category: 'desktop', type: 'desktop', osFamily: 'Windows', isMobile: false },
        referrer: { url: 'https://news.example.org/a/b?x=1', medium: 'unknown' },
      },
    });
    const [session] = await sessionsOf(contact.id);
    expect(missingRequired(session, 'Session')).toEqual([]);
    expect(session).toMatchObject({
      lastPage: { breadcrumb: [], pathname: '/cart' },
      browser: { featuresFlash: false, featuresJava: false, featuresPdf: true },
      device: { osVersion: 'Unknown' },
      referrer: { domain: 'example.org', hostname: 'news.example.org', pathname: '/a/b' },
    });
  });

  it('derives URL parts without failing on a URL it cannot read', () => {
    expect(urlParts('not a url')).toEqual({ domain: '', hostname: '', pathname: '' });
    expect(urlParts(42)).toEqual({ domain: '', hostname: '', pathname: '' });
    expect(urlParts('http://10.0.0.7:8080/x')).toEqual({
      domain: '10.0.0.7',
      hostname: '10.0.0.7',
      pathname: '/x',
    });
  });
});
