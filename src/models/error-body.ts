import { z } from 'zod';

/**
 * Genesys Cloud's error body (ErrorBody in the reference models). The sandbox writes it; the
 * console's fetch client parses it into one ApiError. Every field is optional on the wire because
 * proxies and gateways in front of a real org may answer with less.
 */
export const errorDetailSchema = z.object({
  errorCode: z.string().optional(),
  fieldName: z.string().optional(),
  entityId: z.string().optional(),
  entityName: z.string().optional(),
});

export const errorBodySchema = z.object({
  message: z.string().optional(),
  code: z.string().optional(),
  status: z.number().int().optional(),
  entityId: z.string().optional(),
  entityName: z.string().optional(),
  messageWithParams: z.string().optional(),
  messageParams: z.record(z.string(), z.string()).optional(),
  contextId: z.string().optional(),
  details: z.array(errorDetailSchema).optional(),
  errors: z.array(z.unknown()).optional(),
});

export type ErrorDetail = z.infer<typeof errorDetailSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
