import type { ApiClient } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { readWithRetries, type Sleep } from './read-retries';
import { contactHolds, identityId, type Identity } from './row-identities';

/** Lookups in flight at once: enough to hide latency, few enough to stay under rate limits. */
const CONCURRENCY = 4;

interface ReverseLookupAnswer {
  contacts?: ExternalContact[];
}

/**
 * The stored contact holding an identity, by Genesys' reverse whitepages lookup (emails and
 * E.164 phones in any division the user may view). When several hold it (plain fields are not
 * unique), the oldest is taken, as Genesys' identity resolution does; null when none does.
 */
export async function lookUpIdentity(
  api: ApiClient,
  identity: Identity,
  options: { signal?: AbortSignal; sleep?: Sleep } = {},
): Promise<ExternalContact | null> {
  const answer = await readWithRetries(
    () =>
      api<ReverseLookupAnswer>('/externalcontacts/reversewhitepageslookup', {
        query: { lookupVal: identity.value, divisionId: '*' },
        signal: options.signal,
      }),
    // A long check meets the rate limit by design (2 lookups a row at 300 requests a minute):
    // each 429 waits what Retry-After asks, so many more tries than for a passing fault.
    {
      attempts: 30,
      signal: options.signal,
      ...(options.sleep ? { sleep: options.sleep } : {}),
    },
  );
  const holders = (answer.contacts ?? []).filter((contact) => contactHolds(contact, identity));
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
  results: Map<string, ExternalContact | null>,
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
