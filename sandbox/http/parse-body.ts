import { z } from 'zod';
import { badRequest } from '../errors.ts';
import { genesysErrorCode, plainErrorMap } from './validation-issues.ts';

/** `query[0].fields`, the way Genesys names nested fields in error details. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * Validates a JSON body with a zod schema; every issue becomes one detail naming its field, with
 * a Genesys-style error code. Any zod schema: the write models in src/models are zod/mini, the
 * sandbox's own are classic.
 */
export function parseBody<Schema extends z.core.$ZodType>(
  schema: Schema,
  body: unknown,
): z.output<Schema> {
  // An absent body is validated as an empty object so required fields are reported by name.
  // (A JSON `null` never gets here: the body parser refuses every non-object body.)
  const result = z.safeParse(schema, body ?? {}, { error: plainErrorMap, reportInput: true });
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const errorCode = genesysErrorCode(issue);
    const fieldName = fieldPath(issue.path);
    return fieldName === '' ? { errorCode } : { errorCode, fieldName };
  });
  const first = result.error.issues[0];
  const where = first !== undefined && first.path.length > 0 ? `${fieldPath(first.path)}: ` : '';
  throw badRequest(`${where}${first?.message ?? 'The request body is not valid.'}`, details);
}
