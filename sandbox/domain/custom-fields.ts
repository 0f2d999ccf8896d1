import type { SqliteDatabase } from '../db/connection.ts';
import type { CustomFieldValidator } from './custom-fields-contract.ts';

/** Until schemas exist, no schema can be referenced and no custom field can be stored. */
export function createCustomFieldValidator(_db: SqliteDatabase): CustomFieldValidator {
  return ({ schema, customFields }) => {
    if (schema === undefined && customFields === undefined) {
      return { ok: true, schema: null, customFields: null };
    }
    return {
      ok: false,
      problems: [{ fieldName: 'schema', message: 'The referenced schema was not found.' }],
    };
  };
}
