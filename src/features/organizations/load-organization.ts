import { notFound } from '@tanstack/react-router';
import { ApiError } from '@/api/api-error';
import type { RouterContext } from '@/app/router-context';
import { organizationDetailQueryOptions } from './api';

/** Loader helper shared by the record and edit routes: a 404 becomes the route's not-found page. */
export async function loadOrganization(context: RouterContext, organizationId: string) {
  try {
    return await context.queryClient.ensureQueryData(
      organizationDetailQueryOptions(context.api, organizationId),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound();
    throw error;
  }
}
