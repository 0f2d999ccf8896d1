import * as z from 'zod/mini';
import { requiredText, urlWithProtocol } from '@/models/common';
import { EXTERNAL_SOURCE_LIMITS } from '@/models/external-source';
import type { ExternalSource, ExternalSourceWriteBody } from './api';

/** What the form's inputs hold; `sampleId` only feeds the live example and is never sent. */
export interface SourceFormValues {
  name: string;
  active: boolean;
  uriTemplate: string;
  sampleId: string;
}

/** The API's rules (models.json ExternalSource, domain-rules §11), from the shared model. */
export const sourceFormSchema = z.object({
  name: requiredText(EXTERNAL_SOURCE_LIMITS.name, 'Name'),
  active: z.boolean({ error: 'Active must be true or false.' }),
  // Optional here: an empty template means "no link", sent as no linkConfiguration at all.
  uriTemplate: urlWithProtocol(EXTERNAL_SOURCE_LIMITS.uriTemplate, 'Link URI template'),
  sampleId: z.string(),
});

export type SourceFormOutput = z.output<typeof sourceFormSchema>;

export const emptySourceForm: SourceFormValues = {
  name: '',
  active: true,
  uriTemplate: '',
  sampleId: '',
};

export const sourceFormValues = (source: ExternalSource): SourceFormValues => ({
  name: source.name,
  active: source.active !== false,
  uriTemplate: source.linkConfiguration?.uriTemplate ?? '',
  sampleId: '',
});

export function sourceWriteBody(values: SourceFormOutput): ExternalSourceWriteBody {
  return {
    name: values.name,
    active: values.active,
    ...(values.uriTemplate === ''
      ? {}
      : { linkConfiguration: { uriTemplate: values.uriTemplate } }),
  };
}

/** The form input a Genesys 400's `details[].fieldName` belongs to. */
export function sourceFieldFor(apiFieldName: string): keyof SourceFormValues | null {
  if (apiFieldName === 'name') return 'name';
  if (apiFieldName === 'active') return 'active';
  if (apiFieldName.startsWith('linkConfiguration')) return 'uriTemplate';
  return null;
}
