import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import { formRules } from '@/record-kit/form/form-rules';

/** The contact form's rules without the form (import rows, bulk edits, update bodies). */
export const contactFormRules = formRules<ExternalContact>(
  CONTACT_FIELDS,
  externalContactWriteSchema.shape,
);
