import type { QueryValue } from '@/api/query-string';
import { toQueryString } from '@/api/query-string';
import { meRequest } from '@/auth/me-request';
import { findRegion, listRegions, SANDBOX_REGION_ID } from '@/auth/regions';
import type { Session } from '@/auth/session-store';
import { contactResource } from '@/features/contacts/contact-resource';
import { CONTACT_SORT_FIELDS } from '@/models/contact-fields';
import {
  DEFAULT_PAGE_SIZE,
  MAX_DIVISION_IDS,
  PAGE_SIZES,
  toListParams,
  type RecordSearch,
} from '@/record-kit/list-query';

/**
 * The first screen's API reads, sent before the app's code has run (README.md, Speed).
 *
 * This module is loaded by its own small script ahead of the app's entry (early-start.ts): on the
 * contacts list with a live session in the tab, it sends the two reads the app's first navigation
 * will make (the layout's /users/me and the list's page) while the browser still loads and
 * evaluates the app. The app's fetch client then takes each response instead of sending the same
 * request again: same URL, same token, once, and only during the first navigation. The responses
 * stay in this page's memory until taken or dropped; nothing about anyone is stored on the device.
 * It is kept small and free of zod: its own evaluation comes before everything else.
 */

export interface ApiRead {
  path: string;
  query: Record<string, QueryValue>;
}

const CONTACT_SORT_ORDERS = CONTACT_SORT_FIELDS.flatMap((field) => [
  `${field}:asc`,
  `${field}:desc`,
]);

/**
 * The contacts list's URL search as its route reads it (the router's default parser: JSON
 * values, else text; then recordSearchSchema), for the links the list itself makes. A value the
 * schema would replace, a repeated key or a text search (it may be a phone number the app turns
 * into E.164 first) give null: the app reads that page itself. Were the two ever to read a link
 * differently, the early read would name another URL than the app's, which the app would not
 * take: never a wrong answer.
 */
export function contactsListSearch(search: string): RecordSearch | null {
  const read: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (key in read) return null;
    try {
      read[key] = JSON.parse(value);
    } catch {
      read[key] = value;
    }
  }
  const { q, pageNumber = 1, pageSize = DEFAULT_PAGE_SIZE, sortOrder, divisionIds } = read;
  const valid =
    q === undefined &&
    Number.isSafeInteger(pageNumber) &&
    (pageNumber as number) >= 1 &&
    (PAGE_SIZES as readonly unknown[]).includes(pageSize) &&
    (sortOrder === undefined || CONTACT_SORT_ORDERS.includes(sortOrder as string)) &&
    (divisionIds === undefined ||
      (Array.isArray(divisionIds) &&
        divisionIds.length <= MAX_DIVISION_IDS &&
        divisionIds.every((id) => typeof id === 'string')));
  return valid ? ({ pageNumber, pageSize, sortOrder, divisionIds } as RecordSearch) : null;
}

/**
 * The reads the first navigation to `pathname` + `search` makes, as its loaders make them: the
 * contacts list, the page people land on. Any other page sends its reads itself.
 */
export function firstScreenReads(pathname: string, search: string): ApiRead[] {
  const list = pathname === '/contacts' ? contactsListSearch(search) : null;
  if (!list) return [];
  return [
    meRequest,
    {
      path: contactResource.apiPath,
      query: { ...contactResource.listQuery, ...toListParams(list) },
    },
  ];
}

/** What the ApiClient sends for a read (src/api/client.ts): the early request must be the same. */
export function readRequest(apiBase: string, accessToken: string, read: ApiRead) {
  return {
    url: `${apiBase}/api/v2${read.path}${toQueryString(read.query)}`,
    init: {
      method: 'GET',
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      credentials: 'omit',
    } satisfies RequestInit,
  };
}

/**
 * The session's API host. A Genesys region's is fixed; the sandbox's comes from config.json (its
 * `sandboxUrl`, when it is an http(s) address: the app validates the whole file itself).
 */
export function apiBaseOf(session: Session, config: unknown): string | null {
  const sandboxUrl = (config as { sandboxUrl?: unknown } | null)?.sandboxUrl;
  const sandbox =
    typeof sandboxUrl === 'string' && /^https?:\/\/[^/]/.test(sandboxUrl) ? sandboxUrl : null;
  const region = findRegion(listRegions(sandbox ?? ''), session.regionId);
  if (!region || (region.id === SANDBOX_REGION_ID && !sandbox)) return null;
  return region.apiBase;
}

interface EarlyResponse {
  url: string;
  authorization: string;
  response: Promise<Response>;
  abort: AbortController;
}

export interface EarlyStart {
  pathname: string;
  search: string;
  /** The tab's session if its token is still good (sessionStore.getValid()). */
  session: Session | null;
  fetch: typeof fetch;
  /** The tab's sessionStorage: config.json as this tab read it last. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

const CONFIG_KEY = 'ecc.config';

let configResponse: Promise<Response> | undefined;
let pending: EarlyResponse[] = [];

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Asks for config.json (the app reads it first in any case: earlyConfigResponse) and, on the
 * contacts list with a live session, sends the first screen's reads. The API host is known at
 * once for a Genesys region; for the sandbox it comes from config.json as this tab read it last
 * (a deployment's settings, nothing about anyone), so the reads leave before the app's entry
 * runs; the first time, once config.json is in. (Had it changed since, the reads name another URL
 * than the app's, and the app sends its own.) Settles once the reads have left, at once when
 * there are none; never rejects: the app reports a bad config.json itself.
 */
export function startEarlyRequests(start: EarlyStart): Promise<void> {
  const { session, storage } = start;
  // The page's own preload of config.json (index.html) answers this request: the same URL and
  // mode, and the default cache mode (a `no-store` request would not take the preload and ask
  // again, a round trip later). Hosts serve config.json `no-cache` (README.md), so a stored copy
  // is always revalidated.
  configResponse = start.fetch('/config.json');
  const config = configResponse.then(async (response) => {
    const text = response.ok ? await response.clone().text() : null;
    if (text !== null) storage.setItem(CONFIG_KEY, text);
    return parseJson(text);
  });
  config.catch(() => undefined);
  const reads = session ? firstScreenReads(start.pathname, start.search) : [];
  if (!session || reads.length === 0) return Promise.resolve();
  const send = (apiBase: string) => {
    for (const read of reads) {
      const { url, init } = readRequest(apiBase, session.accessToken, read);
      const abort = new AbortController();
      const response = start.fetch(url, { ...init, signal: abort.signal });
      // An unclaimed response's failure is nobody's error; a claimed one's is the app's.
      response.catch(() => undefined);
      pending.push({ url, authorization: init.headers.Authorization, response, abort });
    }
  };
  const known = apiBaseOf(session, parseJson(storage.getItem(CONFIG_KEY)));
  if (known) {
    send(known);
    return Promise.resolve();
  }
  return config
    .then((loaded) => {
      const apiBase = apiBaseOf(session, loaded);
      if (apiBase) send(apiBase);
    })
    .catch(() => undefined);
}

/** config.json as asked for by the early script: the app reads (and validates) this answer. */
export function earlyConfigResponse(): Promise<Response> | undefined {
  return configResponse;
}

function authorizationOf(init: RequestInit | undefined): string | null {
  return init?.headers ? new Headers(init.headers).get('Authorization') : null;
}

/**
 * The app's fetch: a GET of a URL the early script already asked for, with the same token, gets
 * that response (once); anything else goes to the network. The caller's abort signal still
 * works: it rejects the call as fetch would, and the early request is left to finish unread.
 */
export function fetchWithEarlyResponses(fetchImpl: typeof fetch): typeof fetch {
  return (input, init) => {
    const method = init?.method ?? 'GET';
    const index =
      typeof input === 'string' && method === 'GET'
        ? pending.findIndex(
            (early) => early.url === input && early.authorization === authorizationOf(init),
          )
        : -1;
    const early = index === -1 ? undefined : pending.splice(index, 1)[0];
    if (!early) return fetchImpl(input, init);
    const signal = init?.signal;
    if (!signal) return early.response;
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      early.response.then(resolve, reject);
    });
  };
}

/**
 * After the first navigation: whatever the app did not take (it went elsewhere) is cancelled and
 * forgotten, so a later navigation never gets an old answer.
 */
export function dropEarlyResponses(): void {
  for (const early of pending) early.abort.abort();
  pending = [];
}
