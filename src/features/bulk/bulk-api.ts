import type { ApiClient } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';

/**
 * The sandbox refuses more than 200 entities a request (sandbox/domain/bulk-results.ts; Genesys
 * documents no number): every bulk call here sends at most this many.
 */
export const BULK_MAX = 200;

/** One item of a bulk answer (models.json BulkResponseResult*): partial success is normal. */
export interface BulkResult<T> {
  id?: string;
  success: boolean;
  status?: number;
  entity?: T;
  error?: {
    code?: string;
    message?: string;
    status?: number;
    retryable?: boolean;
    details?: { fieldName?: string; message?: string }[];
    entity?: unknown;
  };
}

export interface BulkResponse<T> {
  results?: BulkResult<T>[];
  errorCount?: number;
  errorIndexes?: number[];
}

export function chunk<T>(items: readonly T[], size = BULK_MAX): T[][] {
  if (size < 1) throw new Error('A chunk holds at least one item.');
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

const CONTACTS = '/externalcontacts/bulk/contacts';

export const bulkAddContacts = (api: ApiClient, entities: readonly unknown[]) =>
  api<BulkResponse<ExternalContact>>(`${CONTACTS}/add`, { method: 'POST', body: { entities } });

/** Each entity is a whole contact with its id: the update replaces it, as PUT does. */
export const bulkUpdateContacts = (api: ApiClient, entities: readonly unknown[]) =>
  api<BulkResponse<ExternalContact>>(`${CONTACTS}/update`, { method: 'POST', body: { entities } });

export const bulkFetchContacts = (api: ApiClient, ids: readonly string[]) =>
  api<BulkResponse<ExternalContact>>(CONTACTS, {
    method: 'POST',
    body: { entities: ids.map((id) => ({ id })) },
  });

export const bulkRemoveContacts = (api: ApiClient, ids: readonly string[]) =>
  api<BulkResponse<never>>(`${CONTACTS}/remove`, {
    method: 'POST',
    body: { entities: ids.map((id) => ({ id })) },
  });

/** The API's words for a failed item, with the field it names when it names one. */
export function bulkErrorMessage(result: BulkResult<unknown>): string {
  const message = result.error?.message ?? `The item failed (HTTP ${result.status ?? '?'}).`;
  const field = result.error?.details?.find((detail) => detail.fieldName)?.fieldName;
  return field && !message.includes(field) ? `${message} (${field})` : message;
}
