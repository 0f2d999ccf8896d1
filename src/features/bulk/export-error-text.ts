import { ApiError } from '@/api/api-error';

/** What went wrong, in words: the API's own message and its reference, or the console's. */
export function exportErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) {
      return 'Your roles do not include the permission to do this. Ask an administrator if you need it.';
    }
    const reference = error.contextId ? ` (reference ${error.contextId})` : '';
    return `${error.message}${reference}`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
