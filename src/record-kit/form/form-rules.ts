import type * as z from 'zod/mini';
import type { RecordBase, RecordField } from '@/models/record-fields';
import {
  formFieldFor,
  recordFormSchema,
  toFormValues,
  toWriteBody,
  type RecordFormValues,
} from './record-form-values';

/**
 * A record form's rules without the form (no React, no Spark): what an import row or a bulk edit
 * is checked with, so a row and a typed record pass or fail alike, in a Web Worker too. Custom
 * fields are the form's extension, not in here.
 */
export function formRules<Read extends RecordBase>(
  fields: readonly RecordField[],
  write: Readonly<Record<string, z.ZodMiniType>>,
) {
  return {
    schema: recordFormSchema(fields, write),
    toFormValues: (record?: Read): RecordFormValues => toFormValues(fields, record),
    toWriteBody: (values: Record<string, unknown>, existing?: Read) =>
      toWriteBody(fields, Object.keys(write), values, existing),
    formFieldFor: formFieldFor(fields),
  };
}
