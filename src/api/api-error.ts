import type { ErrorBody, ErrorDetail } from '@/models/error-body';

/**
 * The one error type of the console: every non-2xx answer, network failure or unreadable body
 * becomes an ApiError, so a screen needs to know one shape to say what went wrong.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly contextId: string | undefined;
  readonly details: ErrorDetail[];
  readonly messageParams: Record<string, string>;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    contextId?: string | undefined;
    details?: ErrorDetail[] | undefined;
    messageParams?: Record<string, string> | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.contextId = init.contextId;
    this.details = init.details ?? [];
    this.messageParams = init.messageParams ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  static fromBody(
    status: number,
    body: ErrorBody | null,
    fallback: { contextId?: string | undefined; retryAfterSeconds?: number | undefined },
  ): ApiError {
    return new ApiError({
      status,
      code: body?.code ?? `http.${status}`,
      message: body?.message ?? defaultMessage(status),
      contextId: body?.contextId ?? fallback.contextId,
      details: body?.details,
      messageParams: body?.messageParams,
      retryAfterSeconds: fallback.retryAfterSeconds,
    });
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Reads may be retried; a 4xx other than 408/429 will fail the same way again. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** Field-level messages keyed by the API's fieldName, for mapping onto form fields. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const detail of this.details) {
      if (detail.fieldName && !errors[detail.fieldName]) errors[detail.fieldName] = this.message;
    }
    return errors;
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'You do not have permission to do this.';
  if (status === 404) return 'The requested resource was not found.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status >= 500) return 'The service is not available right now. Try again shortly.';
  return `The request failed (HTTP ${status}).`;
}
