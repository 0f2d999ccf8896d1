import { ApiProblem, internalServerError } from '../errors.ts';
import { tooManyRequests } from './rate-limit.ts';

/** Seconds a faulted 429 or 503 asks the client to wait: short, so retry tests run fast. */
export const FAULT_RETRY_AFTER_SECONDS = 1;

/**
 * Genesys-shaped bodies for the statuses a fault may inject. 503 and 504 use the codes real orgs
 * return; 408 and 502 have no documented code, so theirs are the sandbox's own.
 */
export function faultProblem(status: number): ApiProblem {
  switch (status) {
    case 408:
      return new ApiProblem(
        408,
        'request.timeout',
        'The client did not produce a request within the server timeout limit.',
      );
    case 429:
      return tooManyRequests(FAULT_RETRY_AFTER_SECONDS);
    case 502:
      return new ApiProblem(
        502,
        'bad.gateway',
        'The server received an invalid response from an upstream server.',
      );
    case 503:
      return serviceUnavailable();
    case 504:
      return new ApiProblem(504, 'request.timeout', 'The request timed out.');
    default:
      return internalServerError();
  }
}

export function serviceUnavailable(): ApiProblem {
  return new ApiProblem(
    503,
    'service.unavailable',
    'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
    { headers: { 'Retry-After': String(FAULT_RETRY_AFTER_SECONDS) } },
  );
}
