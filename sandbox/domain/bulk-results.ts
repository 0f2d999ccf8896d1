import { z } from 'zod';
import { invalidField, toApiProblem } from '../errors.ts';
import type { ApiProblem } from '../errors.ts';

/**
 * Bulk requests: at most 200 entities (Genesys documents no number; people hit a limit, so the
 * sandbox enforces one), each item processed on its own, partial success answered with 200.
 */
export const MAX_BULK_ENTITIES = 200;

export const bulkRequestSchema = z.object({
  entities: z.array(z.unknown(), { error: 'entities must be a list.' }),
});

export function bulkEntities(body: unknown): unknown[] {
  const parsed = bulkRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw invalidField('entities', 'entities must be a list.');
  if (parsed.data.entities.length > MAX_BULK_ENTITIES) {
    throw invalidField('entities', 'A bulk request holds at most 200 entities.');
  }
  return parsed.data.entities;
}

export function idOfItem(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('id' in item)) return null;
  return typeof item.id === 'string' && item.id !== '' ? item.id : null;
}

export interface BulkResult {
  id?: string;
  success: boolean;
  status: number;
  entity?: unknown;
  error?: {
    code: string;
    message: string;
    status: number;
    retryable: boolean;
    details: { fieldName?: string; message: string }[];
    entity: unknown;
  };
}

export function bulkSuccess(id: string, entity: unknown, status = 200): BulkResult {
  return entity === undefined
    ? { id, success: true, status }
    : { id, success: true, status, entity };
}

export function bulkFailure(id: string | null, error: unknown, item: unknown): BulkResult {
  const problem: ApiProblem = toApiProblem(error);
  const result: BulkResult = {
    success: false,
    status: problem.status,
    error: {
      code: problem.code,
      message: problem.message,
      status: problem.status,
      retryable: problem.status === 429 || problem.status >= 500,
      details: problem.details.map((detail) =>
        detail.fieldName === undefined
          ? { message: problem.message }
          : { fieldName: detail.fieldName, message: problem.message },
      ),
      entity: item,
    },
  };
  if (id !== null) result.id = id;
  return result;
}

export function bulkResponse(results: BulkResult[]) {
  const errorIndexes = results.flatMap((result, index) => (result.success ? [] : [index]));
  return { results, errorCount: errorIndexes.length, errorIndexes };
}
