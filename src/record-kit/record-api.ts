import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { createOnce } from '@/api/create-once';
import { invalidateLists } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import type { RecordBase, RecordListing } from '@/models/record-fields';
import type { RecordEntity } from './entity';
import { createRecordQueries } from './record-queries';

/**
 * Query options and mutations of one record kind, made from its definition: the contacts and
 * organizations features call this once and export what it returns.
 */
/** What else a kind's writes reach (an organization's name is shown in contacts). */
export interface RecordWriteEffects<Read> {
  onUpdated?: (written: Read, previous: Read | undefined, queryClient: QueryClient) => void;
  onDeleted?: (queryClient: QueryClient) => void;
}

export function createRecordApi<Read extends RecordBase>(
  entity: RecordEntity<Read>,
  effects: RecordWriteEffects<Read> = {},
) {
  const queries = createRecordQueries<Read>(entity);
  const { keys, path } = queries;

  /**
   * After a write: the answer becomes the detail at once (no spinner), marked stale so the
   * expanded parts it lacks are fetched behind it; every list may now match or sort differently.
   */
  const storeWritten = (queryClient: QueryClient, record: Read) => {
    const key = keys.detail(record.id);
    const previous = queryClient.getQueryData<Read>(key);
    queryClient.setQueryData<Read>(key, entity.keepExpanded(record, previous));
    void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
    invalidateLists(queryClient, entity.resource);
    return previous;
  };

  /** A record like `body` created since `since`: what a lost create answer would have named. */
  const findCreated = async (
    api: ApiClient,
    body: Record<string, unknown>,
    since: number,
  ): Promise<Read | undefined> => {
    const q = entity.createSearchText(body);
    if (q === undefined) return undefined;
    const listing = await api<RecordListing<Read>>(entity.apiPath, {
      query: { q, pageSize: 100 },
    });
    return listing.entities?.find(
      (record) =>
        entity.isSameCreate(record, body) &&
        record.createDate !== undefined &&
        Date.parse(record.createDate) >= since,
    );
  };

  function useCreate() {
    const { api } = useServices();
    const queryClient = useQueryClient();
    return useMutation({
      // After an uncertain failure (late 5xx, dropped connection) the next save looks first.
      mutationFn: (body: Record<string, unknown>) =>
        createOnce(
          `${entity.type}:${JSON.stringify(body)}`,
          () => api<Read>(entity.apiPath, { method: 'POST', body }),
          (since) => findCreated(api, body, since),
        ),
      onSuccess: (record) => storeWritten(queryClient, record),
    });
  }

  /** `onWritten` sees the record before the write, for what else the change reaches. */
  function useUpdate(
    id: string,
    onWritten?: (written: Read, previous: Read | undefined, queryClient: QueryClient) => void,
  ) {
    const { api } = useServices();
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: (body: unknown) => api<Read>(path(id), { method: 'PUT', body }),
      onSuccess: (record) => {
        // Stored first, whether or not the caller has more to do with the previous record.
        const previous = storeWritten(queryClient, record);
        effects.onUpdated?.(record, previous, queryClient);
        onWritten?.(record, previous, queryClient);
      },
    });
  }

  function useDelete(onDeleted?: (queryClient: QueryClient) => void) {
    const { api } = useServices();
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: (id: string) => api<unknown>(path(id), { method: 'DELETE' }),
      onSuccess: () => {
        invalidateLists(queryClient, entity.resource);
        effects.onDeleted?.(queryClient);
        onDeleted?.(queryClient);
      },
    });
  }

  return {
    ...queries,
    useCreate,
    useUpdate,
    useDelete,
  };
}

export type RecordApi<Read extends RecordBase> = ReturnType<typeof createRecordApi<Read>>;
