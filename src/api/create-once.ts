import { ApiError } from './api-error';

/**
 * A write that failed this way may still have been stored: the connection dropped, or the
 * service failed after committing (a late 5xx, a gateway timeout). A 4xx, including 429 (refused
 * before any work), means it was not.
 */
export function mayHaveBeenStored(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 408 || error.status >= 500;
}

/** Client and server clocks differ; a record this much older than the attempt still counts. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;

const uncertain = new Map<string, number>();

/**
 * Creates (POST) have no idempotency key in Genesys, so a blind retry after an uncertain failure
 * can store the record twice. The first uncertain failure for `key` is remembered; the next
 * attempt with the same key first looks for a record stored since then (`findStored`) and
 * returns it instead of sending again. If that look-up fails, nothing is sent either: the user
 * sees the error and tries again, so a retry never duplicates.
 */
export async function createOnce<T>(
  key: string,
  send: () => Promise<T>,
  findStored: (sinceEpochMs: number) => Promise<T | undefined>,
): Promise<T> {
  const since = uncertain.get(key);
  if (since !== undefined) {
    const stored = await findStored(since - CLOCK_SKEW_MS);
    if (stored !== undefined) {
      uncertain.delete(key);
      return stored;
    }
  }
  const startedAt = since ?? Date.now();
  try {
    const created = await send();
    uncertain.delete(key);
    return created;
  } catch (error) {
    if (mayHaveBeenStored(error)) uncertain.set(key, startedAt);
    else uncertain.delete(key);
    throw error;
  }
}
