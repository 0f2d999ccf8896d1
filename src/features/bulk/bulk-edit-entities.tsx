import type { LinkProps } from '@tanstack/react-router';
import type * as z from 'zod/mini';
import type { ApiClient } from '@/api/client';
import { organizationReferenceInput } from '@/features/organizations';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import { externalOrganizationWriteSchema } from '@/models/external-organization';
import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import { PERMISSIONS, type PermissionList } from '@/models/permissions';
import type { RecordBase, RecordField } from '@/models/record-fields';
import type { ReferenceInput } from '@/record-kit/form/field-inputs';
import { contactEndpoints, organizationEndpoints, type BulkRecordEndpoints } from './bulk-edit-api';

/** A record kind as bulk edit sees it: its fields, write rules, names, links and bulk calls. */
export interface BulkEditEntity {
  /** The custom-field schemas' name for it. */
  type: 'contact' | 'organization';
  resource: 'contacts' | 'organizations';
  noun: { one: string; many: string };
  fields: readonly RecordField[];
  /** The write schema's shape: each input's rule is the API's own. */
  write: Readonly<Record<string, z.ZodMiniType>>;
  edit: PermissionList;
  name: (record: RecordBase) => string;
  detail: (id: string) => LinkProps;
  endpoints: (api: ApiClient) => BulkRecordEndpoints<RecordBase>;
  reference?: ReferenceInput;
}

export type BulkEditKind = 'contacts' | 'organizations';

export const BULK_EDIT_ENTITIES: Readonly<Record<BulkEditKind, BulkEditEntity>> = {
  contacts: {
    type: 'contact',
    resource: 'contacts',
    noun: { one: 'contact', many: 'contacts' },
    fields: CONTACT_FIELDS,
    write: externalContactWriteSchema.shape,
    edit: PERMISSIONS.contact.edit,
    name: (record) => contactName(record as ExternalContact),
    detail: (contactId) => ({ to: '/contacts/$contactId', params: { contactId } }),
    endpoints: contactEndpoints,
    // The contact form's organization picker, as contact-form.tsx passes it to the record kit.
    reference: organizationReferenceInput,
  },
  organizations: {
    type: 'organization',
    resource: 'organizations',
    noun: { one: 'organization', many: 'organizations' },
    fields: ORGANIZATION_FIELDS,
    write: externalOrganizationWriteSchema.shape,
    edit: PERMISSIONS.organization.edit,
    name: (record) => (record as ExternalOrganization).name,
    detail: (organizationId) => ({
      to: '/organizations/$organizationId',
      params: { organizationId },
    }),
    endpoints: organizationEndpoints,
  },
};

const count = new Intl.NumberFormat();

/** "Contact": a column's or a heading's word for one record. */
export const nounTitle = (entity: BulkEditEntity) =>
  entity.noun.one.charAt(0).toUpperCase() + entity.noun.one.slice(1);

/** "1 contact", "300 contacts". */
export const recordsNoun = (entity: BulkEditEntity, n: number) =>
  `${count.format(n)} ${n === 1 ? entity.noun.one : entity.noun.many}`;
