import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';

/**
 * Reads retry on their own when the failure may pass (network, 408, 429, 5xx), waiting what the
 * API's Retry-After asks; writes never retry by themselves, so a retried write is always the
 * user's choice and never a silent duplicate.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 3 && error instanceof ApiError && error.isRetryable,
        retryDelay: (attempt, error) =>
          error instanceof ApiError && error.retryAfterSeconds
            ? Math.min(error.retryAfterSeconds, 30) * 1000
            : Math.min(500 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
