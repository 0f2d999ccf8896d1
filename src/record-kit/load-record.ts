import { notFound } from '@tanstack/react-router';
import { ApiError } from '@/api/api-error';
import type { RouterContext } from '@/app/router-context';
import type { RecordBase } from '@/models/record-fields';
import type { RecordApi } from './record-api';

/** Loader of a record's routes (layout, edit): a 404 becomes the route's not-found page. */
export async function loadRecord<Read extends RecordBase>(
  context: RouterContext,
  api: RecordApi<Read>,
  id: string,
) {
  try {
    return await context.queryClient.ensureQueryData(api.detailQueryOptions(context.api, id));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound();
    throw error;
  }
}
