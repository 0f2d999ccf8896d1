import type * as z from 'zod/mini';
import { contactEntity } from '@/features/contacts';
import { organizationEntity } from '@/features/organizations';
import { CONTACT_IDENTIFIER_TYPES } from '@/models/contact-identifier-types';
import { externalContactWriteSchema } from '@/models/external-contact';
import { externalOrganizationWriteSchema } from '@/models/external-organization';
import { PERMISSIONS, type PermissionList } from '@/models/permissions';
import type { RecordBase, RecordField } from '@/models/record-fields';
import type { RecordEntity } from '@/record-kit/entity';
import { formFields } from '@/record-kit/form/record-form-values';
import type { EnrichEntity } from './search-params';

export const CONTACT_ACTIONS = ['Insert', 'Update', 'Upsert', 'Merge'] as const;
export type EnrichAction = (typeof CONTACT_ACTIONS)[number];

/** The most identifiers one enrich looks up (models.json ContactEnrichRequest: 1–25). */
export const MAX_MATCHING_IDENTIFIERS = 25;
/** Genesys runs at most 10 enrich operations per bulk request (endpoints.md, Enrich). */
export const BULK_ENRICH_MAX = 10;

/**
 * A record kind as enrich sees it: the record kit's entity (fields, names, links), the write
 * rules its inputs are checked with, and what the enrich API takes for it.
 */
export interface EnrichKind {
  entity: EnrichEntity;
  record: RecordEntity<RecordBase>;
  /** The fields a person types: the record form's own (structured ones are not typed). */
  fields: readonly RecordField[];
  write: Readonly<Record<string, z.ZodMiniType>>;
  actions: readonly EnrichAction[];
  identifierTypes: readonly string[];
  path: string;
  bulkPath: string;
  /** The request's data property: `contact` or `externalOrganization`. */
  dataKey: 'contact' | 'externalOrganization';
  permission: PermissionList;
  /** Which divisions a new record may be put in. */
  divisionPermission: string;
  /** Only contacts have a type to promote (options.promote). */
  canPromote: boolean;
  /** Read-only parts a diff shows beside the fields: what enrich may change without a form input. */
  shownAlso: readonly RecordField[];
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** External ids and custom fields are changed by enrich too (list rules, AlwaysUseProvided). */
const SHOWN_ALSO: readonly RecordField[] = [
  {
    key: 'externalIds',
    label: 'External ids',
    section: 'Identifiers',
    kind: 'structured',
    summary: (value) =>
      asList(value)
        .map((item) => {
          const { value: id, externalSource } = (item ?? {}) as Record<string, unknown>;
          const source = (externalSource ?? {}) as Record<string, unknown>;
          return [text(source.name) || text(source.id), text(id)].filter(Boolean).join(': ');
        })
        .join(', '),
  },
  {
    key: 'customFields',
    label: 'Custom fields',
    section: 'Custom fields',
    kind: 'structured',
    summary: (value) =>
      Object.entries((value ?? {}) as Record<string, unknown>)
        .filter(([, item]) => item !== null && item !== undefined && item !== '')
        .map(([key, item]) => `${key}: ${typeof item === 'string' ? item : JSON.stringify(item)}`)
        .join(', '),
  },
];

const CONTACT_TYPE_FIELD: RecordField = {
  key: 'type',
  label: 'Contact type',
  section: 'Type',
  kind: 'text',
};

// The kit's entities are typed by their read model; enrich reads any record through RecordBase.
const contactRecord = contactEntity as unknown as RecordEntity<RecordBase>;
const organizationRecord = organizationEntity as unknown as RecordEntity<RecordBase>;

export const ENRICH_KINDS: Record<EnrichEntity, EnrichKind> = {
  contacts: {
    entity: 'contacts',
    record: contactRecord,
    fields: formFields(contactEntity.fields),
    write: externalContactWriteSchema.shape,
    actions: CONTACT_ACTIONS,
    identifierTypes: CONTACT_IDENTIFIER_TYPES,
    path: '/externalcontacts/contacts/enrich',
    bulkPath: '/externalcontacts/bulk/contacts/enrich',
    dataKey: 'contact',
    permission: PERMISSIONS.contact.enrich,
    divisionPermission: 'externalContacts:contact:enrich',
    canPromote: true,
    shownAlso: [
      ...contactEntity.fields.filter((field) => field.kind === 'structured'),
      ...SHOWN_ALSO,
      CONTACT_TYPE_FIELD,
    ],
  },
  organizations: {
    entity: 'organizations',
    record: organizationRecord,
    fields: formFields(organizationEntity.fields),
    write: externalOrganizationWriteSchema.shape,
    // Organizations cannot be merged (domain-rules §8).
    actions: ['Insert', 'Update', 'Upsert'],
    // Genesys accepts only ids from external systems on organizations.
    identifierTypes: ['ExternalId'],
    path: '/externalcontacts/organizations/enrich',
    bulkPath: '/externalcontacts/bulk/organizations/enrich',
    dataKey: 'externalOrganization',
    permission: PERMISSIONS.organization.enrich,
    divisionPermission: 'externalContacts:externalOrganization:enrich',
    canPromote: false,
    shownAlso: [
      ...organizationEntity.fields.filter((field) => field.kind === 'structured'),
      ...SHOWN_ALSO,
    ],
  },
};

/** Every field a diff compares: the typed ones, then the ones enrich changes on its own. */
export const diffFields = (kind: EnrichKind): readonly RecordField[] => [
  ...kind.fields,
  ...kind.shownAlso,
];
