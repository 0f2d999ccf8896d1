import { ApiError } from '@/api/api-error';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** What the API's Retry-After asks (capped), else 0.5, 1, 2, 4… s. */
export function retryDelayMs(error: unknown, attempt: number): number {
  if (error instanceof ApiError && error.retryAfterSeconds) {
    return Math.min(error.retryAfterSeconds, 30) * 1000;
  }
  return Math.min(500 * 2 ** (attempt - 1), 8000);
}

/**
 * A read that retries on its own when the failure may pass (network, 408, 429, 5xx), as the
 * console's queries do (src/app/query-client.ts); anything else is thrown at once.
 */
export async function readWithRetries<T>(
  read: () => Promise<T>,
  options: { attempts?: number; sleep?: Sleep; signal?: AbortSignal | undefined } = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.isRetryable || attempt >= attempts) throw error;
      await wait(retryDelayMs(error, attempt), options.signal);
    }
  }
}
