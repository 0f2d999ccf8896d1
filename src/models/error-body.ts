// zod/mini: the fetch client is on every page's first paint; the classic build of zod is not.
import * as z from 'zod/mini';

/**
 * Genesys Cloud's error body (ErrorBody in the reference models). The sandbox writes it; the
 * console's fetch client parses it into one ApiError. Every field is optional on the wire because
 * proxies and gateways in front of a real org may answer with less.
 */
export const errorDetailSchema = z.object({
  errorCode: z.optional(z.string()),
  fieldName: z.optional(z.string()),
  entityId: z.optional(z.string()),
  entityName: z.optional(z.string()),
});

export const errorBodySchema = z.object({
  message: z.optional(z.string()),
  code: z.optional(z.string()),
  status: z.optional(z.int()),
  entityId: z.optional(z.string()),
  entityName: z.optional(z.string()),
  messageWithParams: z.optional(z.string()),
  messageParams: z.optional(z.record(z.string(), z.string())),
  contextId: z.optional(z.string()),
  details: z.optional(z.array(errorDetailSchema)),
  errors: z.optional(z.array(z.unknown())),
});

export type ErrorDetail = z.infer<typeof errorDetailSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
