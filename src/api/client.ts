import { errorBodySchema } from '@/models/error-body';
import { ApiError } from './api-error';
import { toQueryString, type QueryValue } from './query-string';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export interface ApiClientConfig {
  /** The API host of the signed-in region, e.g. https://api.mypurecloud.ie; null when signed out. */
  getApiBase: () => string | null;
  getAccessToken: () => string | null;
  /** Called on any 401: the token is no longer good, whatever the reason. */
  onUnauthorized: (error: ApiError) => void;
  fetchImpl?: typeof fetch;
}

export type ApiClient = <T>(path: string, options?: RequestOptions) => Promise<T>;

/** The one fetch client: base URL from the region, bearer header, Genesys errors parsed into ApiError. */
export function createApiClient(config: ApiClientConfig): ApiClient {
  const doFetch = config.fetchImpl ?? ((input, init) => fetch(input, init));
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const base = config.getApiBase();
    const token = config.getAccessToken();
    if (!base || !token) {
      const error = new ApiError({
        status: 401,
        code: 'authentication.required',
        message: 'You are not signed in.',
      });
      config.onUnauthorized(error);
      throw error;
    }
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(`${base}/api/v2${path}${toQueryString(options.query)}`, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        credentials: 'omit',
      });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new ApiError({
        status: 0,
        code: 'network.error',
        message: 'The API could not be reached. Check your connection and try again.',
      });
    }

    const contextId = response.headers.get('ININ-Correlation-Id') ?? undefined;
    const text = await response.text();
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(safeJson(text));
      const retryAfter = Number(response.headers.get('Retry-After'));
      const error = ApiError.fromBody(response.status, parsed.success ? parsed.data : null, {
        contextId,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      });
      if (response.status === 401) config.onUnauthorized(error);
      throw error;
    }
    if (text === '') return undefined as T;
    const json = safeJson(text);
    if (json === undefined) {
      throw new ApiError({
        status: response.status,
        code: 'invalid.response',
        message: 'The API answered with something that is not JSON.',
        contextId,
      });
    }
    return json as T;
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
