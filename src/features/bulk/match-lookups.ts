import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import type { RecordListing } from '@/models/record-fields';
import type { ImportedRecord } from './import-entity';
import { readWithRetries, type Sleep } from './read-retries';
import { identityId, recordHolds, type Identity } from './row-identities';

/** Lookups in flight at once: enough to hide latency, few enough to stay under rate limits. */
const CONCURRENCY = 4;

interface ReverseLookupAnswer {
  contacts?: ExternalContact[];
}

/** Largest page the organizations search gives (pageNumber × pageSize ≤ 1,000). */
const NAME_SEARCH_PAGE = 100;

type Retries = { attempts: number; signal?: AbortSignal | undefined; sleep?: Sleep };

/**
 * The contact an external id (source and value) resolves to, through Genesys' identifier lookup
 * (`POST /identifierlookup/contacts`, type `ExternalId` with its source); a 404 says none does.
 * Genesys documents no other status for "not found", so any other failure stops the check.
 */
async function lookUpExternalId(
  api: ApiClient,
  identity: Identity,
  retries: Retries,
): Promise<ImportedRecord[]> {
  try {
    const contact = await readWithRetries(
      () =>
        api<ExternalContact>('/externalcontacts/identifierlookup/contacts', {
          method: 'POST',
          body: {
            type: 'ExternalId',
            value: identity.value,
            externalSource: { id: identity.sourceId },
          },
          signal: retries.signal,
        }),
      retries,
    );
    return [contact];
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/** The records an identity's lookup answers with, before they are checked to hold it. */
async function candidates(
  api: ApiClient,
  identity: Identity,
  retries: Retries,
): Promise<ImportedRecord[]> {
  const { signal } = retries;
  if (identity.key === 'externalId') return lookUpExternalId(api, identity, retries);
  if (identity.key === 'name') {
    const page = await readWithRetries(
      () =>
        api<RecordListing<ExternalOrganization>>('/externalcontacts/organizations', {
          query: { q: identity.value, pageSize: NAME_SEARCH_PAGE },
          signal,
        }),
      retries,
    );
    return page.entities ?? [];
  }
  const answer = await readWithRetries(
    () =>
      api<ReverseLookupAnswer>('/externalcontacts/reversewhitepageslookup', {
        query: { lookupVal: identity.value, divisionId: '*' },
        signal,
      }),
    retries,
  );
  return answer.contacts ?? [];
}

/**
 * The stored record holding an identity. Contacts by Genesys' reverse whitepages lookup (emails
 * and E.164 phones in any division the user may view) or, for an external id, its identifier
 * lookup; organizations by name through their search (`GET /organizations?q=`, free text), kept
 * only when the name is the same without case. Only a record that really holds the value counts
 * (an identifier lookup also answers with a contact that claimed the id without holding it).
 * When several hold it (names and plain fields are not unique), the oldest is taken, as Genesys'
 * identity resolution does; null when none does.
 */
export async function lookUpIdentity(
  api: ApiClient,
  identity: Identity,
  options: { signal?: AbortSignal; sleep?: Sleep } = {},
): Promise<ImportedRecord | null> {
  // A long check meets the rate limit by design (2 lookups a row at 300 requests a minute):
  // each 429 waits what Retry-After asks, so many more tries than for a passing fault.
  const retries: Retries = {
    attempts: 30,
    signal: options.signal,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  };
  const found = await candidates(api, identity, retries);
  const holders = found.filter((record) => recordHolds(record, identity));
  holders.sort((a, b) => (a.createDate ?? '').localeCompare(b.createDate ?? ''));
  return holders[0] ?? null;
}

export interface LookupProgress {
  done: number;
  total: number;
}

/**
 * Looks up every identity, a few at a time, writing each answer into `results` as it comes so
 * that a stopped check (an error, a closed step) resumes where it was. Throws the first failure
 * that retries could not overcome, after the lookups in flight settle.
 */
export async function lookUpIdentities(
  api: ApiClient,
  identities: readonly Identity[],
  results: Map<string, ImportedRecord | null>,
  options: {
    signal?: AbortSignal;
    sleep?: Sleep;
    onProgress?: (progress: LookupProgress) => void;
  } = {},
): Promise<void> {
  const queue = [...identities];
  const total = identities.length;
  let done = 0;
  let failure: unknown;
  const worker = async () => {
    for (let next = queue.shift(); next && failure === undefined; next = queue.shift()) {
      // Answered by an earlier, stopped run.
      if (results.has(identityId(next))) {
        done += 1;
        continue;
      }
      try {
        results.set(identityId(next), await lookUpIdentity(api, next, options));
        done += 1;
        options.onProgress?.({ done, total });
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));
  if (failure !== undefined) throw failure;
}
