import { z } from 'zod';
import type {
  BodyContract,
  HttpMethod,
  OperationContract,
  OperationSecurity,
  QueryParamContract,
  ResponseContract,
} from './operation-contract.ts';

/** Short forms for the operation lists in ./operations, so each reads like its Genesys docs. */

export const EXTERNAL_CONTACTS = '/api/v2/externalcontacts';

export function pageSize(defaultSize: number, maximum?: number, description?: string) {
  return integer('pageSize', description ?? 'Page size.', {
    minimum: 1,
    default: defaultSize,
    ...(maximum === undefined ? {} : { maximum }),
  });
}

export function pageNumber(description = 'Page number, from 1.'): QueryParamContract {
  return integer('pageNumber', description, { minimum: 1, default: 1 });
}

/** pageNumber × pageSize ≤ 1000 on every External Contacts page-paged listing. */
export function windowPaging(documentedMaximum?: number): QueryParamContract[] {
  const window = 'pageNumber × pageSize must not exceed 1000.';
  const most = documentedMaximum === undefined ? '' : ` At most ${documentedMaximum}.`;
  return [
    pageSize(20, undefined, `Page size.${most} ${window}`),
    pageNumber(`Page number. ${window}`),
  ];
}

export function integer(
  name: string,
  description: string,
  extra: Pick<QueryParamContract, 'minimum' | 'maximum' | 'default' | 'required'> = {},
): QueryParamContract {
  return { name, kind: 'integer', description, ...extra };
}

export function text(
  name: string,
  description: string,
  extra: Pick<QueryParamContract, 'required' | 'default'> = {},
): QueryParamContract {
  return { name, kind: 'string', description, ...extra };
}

export function oneOf(
  name: string,
  values: readonly string[],
  description: string,
  extra: Pick<QueryParamContract, 'default'> = {},
): QueryParamContract {
  return { name, kind: 'string', description, values, ...extra };
}

export function flag(name: string, description: string): QueryParamContract {
  return { name, kind: 'boolean', description };
}

export function list(
  name: string,
  description: string,
  extra: Pick<QueryParamContract, 'values' | 'maxItems'> = {},
): QueryParamContract {
  return { name, kind: 'list', description, ...extra };
}

export function expand(values: readonly string[], description = 'Related data to embed.') {
  return list('expand', description, { values });
}

/** `field:asc` / `field:desc`; the contract documents the fields, the handler reads the value. */
export function sortOrder(fields: readonly string[]): QueryParamContract {
  return text('sortOrder', `field:asc or field:desc, field one of ${fields.join(', ')}.`);
}

export function divisionIds(maxItems = 50): QueryParamContract {
  return list('divisionIds', `Division ids, at most ${maxItems}.`, { maxItems });
}

export function cursorPaging(defaultLimit: number, minimum: number, maximum: number) {
  return [
    integer('limit', `Items per page, ${minimum} to ${maximum}.`, {
      minimum,
      maximum,
      default: defaultLimit,
    }),
    text('cursor', 'The cursors.after of the previous page; omit on the first page.'),
  ];
}

export function jsonBody(schema: z.core.$ZodType, required = true): BodyContract {
  return { schema, required };
}

export function ok(schema?: z.core.$ZodType, description = 'Success.'): ResponseContract {
  return schema === undefined ? { status: 200, description } : { status: 200, description, schema };
}

export const EMPTY_OBJECT = z.object({}).describe('An empty object.');

export function created(schema: z.core.$ZodType, description = 'Created.'): ResponseContract {
  return { status: 201, description, schema };
}

export function accepted(description = 'Accepted.', schema?: z.core.$ZodType): ResponseContract {
  return schema === undefined ? { status: 202, description } : { status: 202, description, schema };
}

export function noContent(description = 'Done; no body.'): ResponseContract {
  return { status: 204, description };
}

export interface OperationOptions {
  query?: readonly QueryParamContract[];
  body?: BodyContract;
  response?: ResponseContract;
  security?: OperationSecurity;
  deprecated?: boolean;
}

/** Builds the operations of one tag; paths are relative to `base`. */
export function operationsOf(tag: string, base: string) {
  return (
    method: HttpMethod,
    path: string,
    operationId: string,
    summary: string,
    options: OperationOptions = {},
  ): OperationContract => ({
    method,
    path: `${base}${path}`,
    operationId,
    summary,
    tag,
    security: options.security ?? 'bearer',
    query: options.query ?? [],
    ...(options.body === undefined ? {} : { body: options.body }),
    response: options.response ?? ok(),
    ...(options.deprecated === true ? { deprecated: true } : {}),
  });
}
