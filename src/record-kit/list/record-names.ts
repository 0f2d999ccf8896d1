import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import type { Resource } from '@/api/resource-keys';
import { asRecord } from '@/models/record-fields';

/** Ids per bulk read: Genesys documents no limit; the sandbox takes 200, 100 keeps it modest. */
const BULK_CHUNK = 100;

interface BulkFetchResponse {
  results?: { id?: string; success?: boolean; entity?: unknown }[];
}

interface Waiter {
  resolve: (name: string | null) => void;
  reject: (error: unknown) => void;
}

type Batch = Map<string, Waiter[]>;

// Names asked for in the same tick (every row of a freshly rendered table) share one bulk read.
const openBatches = new WeakMap<ApiClient, Map<string, Batch>>();

type NameOf = (record: Record<string, unknown>) => string;
const plainName: NameOf = (record) => (typeof record.name === 'string' ? record.name : '');

async function readChunk(
  api: ApiClient,
  path: string,
  nameOf: NameOf,
  chunk: [string, Waiter[]][],
) {
  try {
    const answer = await api<BulkFetchResponse>(path, {
      method: 'POST',
      body: { entities: chunk.map(([id]) => ({ id })) },
    });
    const names = new Map<string, string>();
    for (const result of answer.results ?? []) {
      const entity = asRecord(result.entity);
      const id = result.id ?? (typeof entity.id === 'string' ? entity.id : undefined);
      const name = result.success && id ? nameOf(entity) : '';
      if (id && name) names.set(id, name);
    }
    for (const [id, waiters] of chunk)
      for (const waiter of waiters) waiter.resolve(names.get(id) ?? null);
  } catch (error) {
    for (const [, waiters] of chunk) for (const waiter of waiters) waiter.reject(error);
  }
}

function flush(api: ApiClient, path: string, nameOf: NameOf, batch: Batch) {
  const entries = [...batch.entries()];
  for (let start = 0; start < entries.length; start += BULK_CHUNK) {
    void readChunk(api, path, nameOf, entries.slice(start, start + BULK_CHUNK));
  }
}

/** The name of one record, read together with every other name asked for in the same tick. */
export function loadRecordName(
  api: ApiClient,
  bulkPath: string,
  id: string,
  nameOf: NameOf = plainName,
): Promise<string | null> {
  let batches = openBatches.get(api);
  if (!batches) {
    batches = new Map();
    openBatches.set(api, batches);
  }
  let batch = batches.get(bulkPath);
  if (!batch) {
    const opened: Batch = new Map();
    batch = opened;
    batches.set(bulkPath, opened);
    const owner = batches;
    setTimeout(() => {
      owner.delete(bulkPath);
      flush(api, bulkPath, nameOf, opened);
    }, 0);
  }
  const current = batch;
  return new Promise((resolve, reject) => {
    current.set(id, [...(current.get(id) ?? []), { resolve, reject }]);
  });
}

/**
 * A referenced record's name, cached by id under its resource (so a rename, which invalidates the
 * resource, reaches it). `null`: no such record, or none the user may see.
 */
export const recordNameQueryOptions = (
  api: ApiClient,
  target: { resource: Resource; bulkPath: string; nameOf?: NameOf | undefined },
  id: string,
) =>
  queryOptions({
    queryKey: [target.resource, 'name', target.bulkPath, id] as const,
    queryFn: () => loadRecordName(api, target.bulkPath, id, target.nameOf),
    staleTime: 5 * 60_000,
    // A refused bulk read (no view permission) will not pass on a retry: the id stays shown.
    retry: false,
  });
