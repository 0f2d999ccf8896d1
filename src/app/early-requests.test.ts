import { defaultParseSearch } from '@tanstack/react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/api/client';
import { meQueryOptions } from '@/auth/me-query';
import type { Session } from '@/auth/session-store';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { contactQueries } from '@/features/contacts/contact-queries';
import { CONTACT_SORT_FIELDS } from '@/models/contact-fields';
import { recordSearchSchema, toListParams } from '@/record-kit/list-params';
import { memoryStorage } from '@/testing/memory-storage';
import {
  apiBaseOf,
  dropEarlyResponses,
  earlyConfigResponse,
  fetchWithEarlyResponses,
  firstScreenReads,
  readRequest,
  startEarlyRequests,
} from './early-requests';

const SANDBOX = 'http://127.0.0.1:9999';
const CONFIG_JSON = JSON.stringify({ sandboxUrl: SANDBOX, clientId: 'sandbox-console' });
const session: Session = {
  accessToken: 'token-1',
  expiresAt: Date.now() + 3_600_000,
  regionId: 'sandbox',
  clientId: 'sandbox-console',
};

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

/**
 * A fetch that records what it was asked: config.json answers `configJson` (null: 404; undefined:
 * never), anything else a new JSON response.
 */
function recordingFetch(configJson: string | null | undefined = CONFIG_JSON) {
  const sent: Sent[] = [];
  const fetchImpl = vi.fn<typeof fetch>((input, init) => {
    if (input === '/config.json') {
      if (configJson === undefined) return new Promise<Response>(() => undefined);
      return Promise.resolve(
        new Response(configJson ?? 'not found', { status: configJson ? 200 : 404 }),
      );
    }
    sent.push({ url: String(input), init });
    return Promise.resolve(new Response(JSON.stringify({ call: sent.length }), { status: 200 }));
  });
  return { sent, fetchImpl };
}

/**
 * What the app's own loaders send for the contacts list's first screen at `/contacts` + `search`,
 * through its ApiClient: the router's parser, the route's schema, the list's query options.
 */
async function appFirstScreenRequests(search = ''): Promise<Sent[]> {
  const { sent, fetchImpl } = recordingFetch();
  const api = createApiClient({
    getApiBase: () => SANDBOX,
    getAccessToken: () => session.accessToken,
    onUnauthorized: () => undefined,
    fetchImpl,
  });
  const signal = new AbortController().signal;
  const context = { signal, queryKey: [], meta: undefined, client: undefined } as never;
  // The layout's loader (/users/me) and the list route's loader. (The recorded answers are not a
  // user: only the requests count here.)
  await Promise.resolve(meQueryOptions(api).queryFn!(context)).catch(() => undefined);
  const validated = recordSearchSchema(CONTACT_SORT_FIELDS).parse(defaultParseSearch(search));
  await contactQueries.listQueryOptions(api, toListParams(validated)).queryFn!(context);
  return sent;
}

const earlyUrls = (search: string, apiBase = SANDBOX) =>
  firstScreenReads('/contacts', search).map(
    (read) => readRequest(apiBase, session.accessToken, read).url,
  );

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => dropEarlyResponses());

describe('the first screen reads', () => {
  it('are exactly the requests the app sends for the contacts list', async () => {
    const app = await appFirstScreenRequests();
    const early = firstScreenReads('/contacts', '').map((read) =>
      readRequest(SANDBOX, session.accessToken, read),
    );
    expect(early.map((request) => request.url)).toEqual(app.map((request) => request.url));
    for (const [index, request] of early.entries()) {
      const { signal: _signal, ...sent } = app[index]!.init!;
      expect({ ...request.init, body: undefined }).toEqual(sent);
    }
    expect(early[1]!.url).toBe(
      `${SANDBOX}/api/v2/externalcontacts/contacts?expand=externalOrganization&expand=division&pageNumber=1&pageSize=25`,
    );
  });

  it.each([
    ['the address the list keeps', '?pageNumber=1&pageSize=25'],
    ['another page and size', '?pageNumber=3&pageSize=50'],
    ['a sort', '?pageNumber=2&pageSize=10&sortOrder=lastName%3Adesc'],
    ['divisions, as the router writes a list', `?divisionIds=${encodeURIComponent('["d2","d1"]')}`],
    ['a page past the search window', '?pageNumber=900&pageSize=100'],
    ['keys the route does not know', '?foo=1&pageSize=100'],
  ])('read %s the way the app reads it', async (_name, search) => {
    const app = await appFirstScreenRequests(search);
    expect(earlyUrls(search)).toEqual(app.map((request) => request.url));
  });

  it.each([
    ['a text search (maybe a phone number, made E.164 by the app)', '?q=ann'],
    ['an empty text search', '?q='],
    ['a repeated key', '?pageSize=10&pageSize=25'],
    ['a page number the route replaces', '?pageNumber=-4'],
    ['a page number that is no number', '?pageNumber=two'],
    ['a page size the route replaces', '?pageSize=33'],
    ['a sort on a field the list does not sort by', '?sortOrder=email%3Aasc'],
    ['divisions that are not a list', '?divisionIds=7'],
    [
      'too many divisions',
      `?divisionIds=${encodeURIComponent(JSON.stringify(Array(51).fill('d')))}`,
    ],
  ])('leave %s to the app', async (_name, search) => {
    expect(firstScreenReads('/contacts', search)).toEqual([]);
    // The app still reads the page itself.
    expect(await appFirstScreenRequests(search)).toHaveLength(2);
  });

  it('are none on any other page', () => {
    for (const pathname of ['/contacts/', '/', '/organizations', '/auth/callback', '/login'])
      expect(firstScreenReads(pathname, '')).toEqual([]);
  });
});

describe('the API host', () => {
  it('is the sandbox of config.json, or a Genesys region’s own', () => {
    expect(apiBaseOf(session, { sandboxUrl: `${SANDBOX}/` })).toBe(SANDBOX);
    expect(apiBaseOf({ ...session, regionId: 'eu_west_1' }, null)).toBe(
      'https://api.mypurecloud.ie',
    );
  });

  it('is unknown for the sandbox without a usable address, or for an unknown region', () => {
    for (const config of [null, {}, { sandboxUrl: 7 }, { sandboxUrl: 'notaurl' }, 'x'])
      expect(apiBaseOf(session, config)).toBeNull();
    expect(apiBaseOf({ ...session, regionId: 'mars_1' }, { sandboxUrl: SANDBOX })).toBeNull();
  });
});

describe('starting the early requests', () => {
  const start = (overrides: Partial<Parameters<typeof startEarlyRequests>[0]>) =>
    startEarlyRequests({
      pathname: '/contacts',
      search: '',
      session,
      fetch: recordingFetch().fetchImpl,
      storage: memoryStorage(),
      ...overrides,
    });

  it('the first time in a tab, sends the reads once config.json is in, and keeps it', async () => {
    const { sent, fetchImpl } = recordingFetch();
    const storage = memoryStorage();
    await start({ fetch: fetchImpl, storage });
    expect(sent.map((request) => request.url)).toEqual(earlyUrls(''));
    expect(sent[0]!.init?.signal).toBeInstanceOf(AbortSignal);
    expect(storage.getItem('ecc.config')).toBe(CONFIG_JSON);
    // The app validates the same answer.
    await expect(loadRuntimeConfig(earlyConfigResponse())).resolves.toMatchObject({
      sandboxUrl: SANDBOX,
      defaultRegion: 'sandbox',
    });
  });

  it('sends at once, config.json still on its way, when the tab read it before', async () => {
    const storage = memoryStorage();
    storage.setItem('ecc.config', CONFIG_JSON);
    const { sent, fetchImpl } = recordingFetch(undefined);
    const settled = start({ fetch: fetchImpl, storage });
    expect(sent.map((request) => request.url)).toEqual(earlyUrls(''));
    await expect(settled).resolves.toBeUndefined();
  });

  it('sends at once for a Genesys region, whose API host is fixed', () => {
    const { sent, fetchImpl } = recordingFetch(undefined);
    void start({ fetch: fetchImpl, session: { ...session, regionId: 'eu_west_1' } });
    expect(sent[0]!.url).toBe(
      'https://api.mypurecloud.ie/api/v2/users/me?expand=authorization&expand=organization',
    );
  });

  it('goes by the remembered config.json, which the app does not take once it has changed', async () => {
    const storage = memoryStorage();
    storage.setItem('ecc.config', JSON.stringify({ sandboxUrl: 'http://127.0.0.1:1' }));
    const early = recordingFetch();
    await start({ fetch: early.fetchImpl, storage });
    expect(early.sent[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:1\/api\/v2\/users\/me/);
    await flush();
    // The fresh copy is kept for the next load, and the app's own read goes to the network.
    expect(storage.getItem('ecc.config')).toBe(CONFIG_JSON);
    const network = recordingFetch();
    const me = readRequest(SANDBOX, session.accessToken, firstScreenReads('/contacts', '')[0]!);
    await fetchWithEarlyResponses(network.fetchImpl)(me.url, me.init);
    expect(network.sent.map((request) => request.url)).toEqual([me.url]);
  });

  it('sends nothing without a live session, elsewhere, or for an unknown region', async () => {
    const { fetchImpl } = recordingFetch();
    await start({ fetch: fetchImpl, session: null });
    await start({ fetch: fetchImpl, pathname: '/' });
    await start({ fetch: fetchImpl, session: { ...session, regionId: 'mars_1' } });
    await flush();
    // Only config.json, asked for in every case: the app needs it first.
    expect(fetchImpl.mock.calls.map(([input]) => input)).toEqual([
      '/config.json',
      '/config.json',
      '/config.json',
    ]);
  });

  it('sends nothing when config.json cannot be read or names no sandbox, and keeps nothing', async () => {
    for (const configJson of [null, '{"sandboxUrl":', '{"defaultRegion":"sandbox"}']) {
      const { sent, fetchImpl } = recordingFetch(configJson);
      const storage = memoryStorage();
      await start({ fetch: fetchImpl, storage });
      expect(sent).toEqual([]);
      if (configJson === null) {
        expect(storage.getItem('ecc.config')).toBeNull();
        // The app reports it.
        await expect(loadRuntimeConfig(earlyConfigResponse())).rejects.toThrow('HTTP 404');
      }
    }
  });

  it('ignores a damaged remembered config.json', async () => {
    const storage = memoryStorage();
    storage.setItem('ecc.config', '{"sandboxUrl": 7');
    const { sent, fetchImpl } = recordingFetch();
    const settled = start({ fetch: fetchImpl, storage });
    expect(sent).toEqual([]);
    await settled;
    expect(sent.map((request) => request.url)).toEqual(earlyUrls(''));
  });
});

describe('the app taking the early responses', () => {
  async function started() {
    const early = recordingFetch();
    await startEarlyRequests({
      pathname: '/contacts',
      search: '',
      session,
      fetch: early.fetchImpl,
      storage: memoryStorage(),
    });
    const network = recordingFetch();
    const reads = firstScreenReads('/contacts', '').map((read) =>
      readRequest(SANDBOX, session.accessToken, read),
    );
    return { early, network, appFetch: fetchWithEarlyResponses(network.fetchImpl), reads };
  }

  it('gets the early response for the same URL and token, once', async () => {
    const { early, network, appFetch, reads } = await started();
    const list = reads[1]!;
    const first = await appFetch(list.url, list.init);
    expect(await first.json()).toEqual({ call: 2 });
    expect(network.fetchImpl).not.toHaveBeenCalled();
    // A second read of the same list is the app's own, to the network.
    await appFetch(list.url, list.init);
    expect(network.sent.map((request) => request.url)).toEqual([list.url]);
    expect(early.sent).toHaveLength(2);
  });

  it('goes to the network for another URL, another token or a write', async () => {
    const { network, appFetch, reads } = await started();
    const me = reads[0]!;
    await appFetch(`${me.url}&x=1`, me.init);
    await appFetch(me.url, { ...me.init, headers: { Authorization: 'Bearer other' } });
    await appFetch(me.url, { ...me.init, method: 'POST' });
    expect(network.fetchImpl).toHaveBeenCalledTimes(3);
    // The early response is still there for the right request.
    expect(await (await appFetch(me.url, me.init)).json()).toEqual({ call: 1 });
    expect(network.fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('rejects as fetch would when the caller aborts', async () => {
    const { appFetch, reads } = await started();
    const abort = new AbortController();
    abort.abort(new DOMException('Aborted', 'AbortError'));
    await expect(
      appFetch(reads[0]!.url, { ...reads[0]!.init, signal: abort.signal }),
    ).rejects.toThrow('Aborted');
  });

  it('cancels and forgets what the first navigation did not take', async () => {
    const { early, network, appFetch, reads } = await started();
    dropEarlyResponses();
    expect((early.sent[0]!.init?.signal as AbortSignal).aborted).toBe(true);
    await appFetch(reads[0]!.url, reads[0]!.init);
    expect(network.fetchImpl).toHaveBeenCalledTimes(1);
  });
});
