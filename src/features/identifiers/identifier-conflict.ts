import { ApiError } from '@/api/api-error';

/**
 * A claim of an identifier someone else holds answers 409 and, where the API names the holder,
 * its id in `details[].entityId`, so the form can link to the record to release it there.
 */
export function conflictingHolderId(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  return error.details.find((detail) => detail.entityId)?.entityId;
}

/** The API names the value as `identifier.value` (or `identifier.type`); the form says `value`. */
export function formFieldOf(apiFieldName: string | undefined): 'type' | 'value' | null {
  if (apiFieldName === undefined) return null;
  if (/(^|\.)value$/.test(apiFieldName)) return 'value';
  if (/(^|\.)type$/.test(apiFieldName)) return 'type';
  return null;
}
