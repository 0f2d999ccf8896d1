import { z } from 'zod';

/**
 * The writable part of a DataSchema body. Read-only fields (id, appliesTo, createdBy,
 * dateCreated, selfUri) are accepted and ignored, as SDKs send back what they read; `jsonSchema`
 * is checked in depth by schemaDocumentProblems so every problem names its field.
 */
export const dataSchemaWriteSchema = z.object({
  name: z.string({ error: 'name must be text.' }).optional(),
  version: z
    .number({ error: 'version must be a positive whole number.' })
    .int('version must be a positive whole number.')
    .positive('version must be a positive whole number.')
    .optional(),
  enabled: z.boolean({ error: 'enabled must be true or false.' }).optional(),
  jsonSchema: z.unknown(),
});

export type DataSchemaWrite = z.infer<typeof dataSchemaWriteSchema>;
