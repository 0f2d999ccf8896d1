import { CONTACT_SORT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { deriveRecordColumns } from '@/record-kit/list/record-columns';
import type { ReferenceTarget } from '@/record-kit/list/record-column';
import { contactEntity } from './contact-entity';
import { ContactTypeBadge } from './contact-type-badge';

/** A contact's organization, named and linked even where the list has only its id (the scan). */
const ORGANIZATION_TARGET: ReferenceTarget = {
  resource: 'organizations',
  bulkPath: '/externalcontacts/bulk/organizations',
  detail: (organizationId) => ({
    to: '/organizations/$organizationId',
    params: { organizationId },
  }),
};

/** Every column a contacts table can show: the contact's fields, and its type as a badge. */
export const CONTACT_COLUMNS = deriveRecordColumns<ExternalContact>(contactEntity, {
  sortFields: CONTACT_SORT_FIELDS,
  nameSortField: 'lastName',
  references: { externalOrganization: ORGANIZATION_TARGET },
  extras: [
    { id: 'type', label: 'Type', render: (contact) => <ContactTypeBadge type={contact.type} /> },
  ],
});

export const CONTACT_DEFAULT_COLUMN_IDS = [
  'name',
  'type',
  'title',
  'externalOrganization',
  'workEmail',
  'phone',
] as const;
