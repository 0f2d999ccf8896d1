import type { z } from 'zod';

/**
 * The declared HTTP contract of one emulated operation: what the OpenAPI document publishes and
 * what the contract check enforces before the handler runs. Paths use Genesys' own parameter
 * names (`{externalOrganizationId}`) even where a route file names them differently; routes are
 * matched to contracts by the shape of the path, so the two cannot drift apart silently.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Query strings carry text only: `integer` and `boolean` say how the text is read, `list` is a
 * parameter Genesys takes repeated (`expand=a&expand=b`) or comma-separated (`expand=a,b`).
 */
export type QueryKind = 'string' | 'integer' | 'boolean' | 'list';

export interface QueryParamContract {
  name: string;
  kind: QueryKind;
  description: string;
  required?: boolean;
  /** A `string`'s allowed values, or the allowed items of a `list`. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** The most items a `list` takes. */
  maxItems?: number;
  default?: string | number | boolean;
}

/** Who may call: a bearer token (every /api/v2 route but the document), nobody, or a signed URL. */
export type OperationSecurity = 'bearer' | 'none' | 'signed-url';

export interface BodyContract {
  schema: z.core.$ZodType;
  required: boolean;
  /** `application/json` unless said otherwise (the sign-in form and the CSV upload differ). */
  contentType?: string;
}

export interface ResponseContract {
  status: number;
  description: string;
  /** Absent: no body (204, 202) or a body the document describes only in words. */
  schema?: z.core.$ZodType;
  contentType?: string;
  /**
   * The schema describes the answer in the document only; the answer is not parsed with it.
   * For console models that list only what the console reads, whose nested objects would
   * otherwise drop fields Genesys does send.
   */
  documentOnly?: boolean;
}

export interface OperationContract {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  security: OperationSecurity;
  query: readonly QueryParamContract[];
  body?: BodyContract;
  response: ResponseContract;
  deprecated?: boolean;
}

/** `/contacts/{contactId}` and `/contacts/:id` both become `/contacts/{}`. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}').replace(/:[A-Za-z0-9_]+/g, '{}');
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${pathShape(path)}`;
}
