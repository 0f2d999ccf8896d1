import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import { formRules } from '@/record-kit/form/form-rules';

/**
 * The contact form's rules as import rows and update bodies use them. Built from the models
 * here rather than taken from the contacts feature, whose entry brings React components along:
 * the rows are checked in a Web Worker.
 */
export const contactRowRules = formRules<ExternalContact>(
  CONTACT_FIELDS,
  externalContactWriteSchema.shape,
);
