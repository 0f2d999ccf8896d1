import { notFound } from '@tanstack/react-router';
import { ApiError } from '@/api/api-error';
import type { RouterContext } from '@/app/router-context';
import { contactDetailQueryOptions } from './api';

/** Loader helper shared by the detail and edit routes: a 404 becomes the route's not-found page. */
export async function loadContact(context: RouterContext, contactId: string) {
  try {
    return await context.queryClient.ensureQueryData(
      contactDetailQueryOptions(context.api, contactId),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound();
    throw error;
  }
}
