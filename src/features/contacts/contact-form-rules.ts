import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import {
  formFieldFor,
  recordFormSchema,
  toFormValues,
  toWriteBody,
  type RecordFormValues,
} from '@/record-kit/form/record-form-values';

const write = externalContactWriteSchema.shape;

/**
 * The contact form's rules without the form: what an import row is checked with, so a row and
 * a typed contact pass or fail alike (custom fields are the form's extension, not in here).
 */
export const contactFormRules = {
  schema: recordFormSchema(CONTACT_FIELDS, write),
  toFormValues: (contact?: ExternalContact): RecordFormValues =>
    toFormValues(CONTACT_FIELDS, contact),
  toWriteBody: (values: Record<string, unknown>, existing?: ExternalContact) =>
    toWriteBody(CONTACT_FIELDS, Object.keys(write), values, existing),
  formFieldFor: formFieldFor(CONTACT_FIELDS),
};
