import { useAllExternalSources } from '@/features/external-sources';
import { organizationReferenceInput } from '@/features/organizations';
import { useCustomFieldsFormExtension } from '@/features/schemas';
import type { ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema, MAX_EXTERNAL_IDS } from '@/models/external-contact';
import { RecordForm } from '@/record-kit/form/record-form';
import { contactApi } from './api';
import { contactEntity } from './contact-entity';

/** Create (no contact) or edit (the contact as loaded): the kit's form with the contact's parts. */
export function ContactForm({ contact }: { contact?: ExternalContact }) {
  const customFields = useCustomFieldsFormExtension('contact', contact);
  return (
    <RecordForm
      entity={contactEntity}
      api={contactApi}
      write={externalContactWriteSchema.shape}
      record={contact}
      extensions={[customFields.extension]}
      wrapResolver={customFields.wrapResolver}
      trailing={customFields.section}
      reference={organizationReferenceInput}
      externalIds={{ max: MAX_EXTERNAL_IDS, useSources: useAllExternalSources }}
    />
  );
}
