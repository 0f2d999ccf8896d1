import { contactName, CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { PERMISSIONS } from '@/models/permissions';
import type { RecordEntity } from '@/record-kit/entity';
import { contactResource } from './contact-queries';

const text = (body: Record<string, unknown>, key: string) =>
  typeof body[key] === 'string' ? body[key] : undefined;

/** Names and emails: what makes two creates "the same person" after an uncertain failure. */
const IDENTIFYING_KINDS = new Set(['email']);
const identifyingKeys = [
  ...CONTACT_FIELDS.filter((field) => IDENTIFYING_KINDS.has(field.kind)).map((field) => field.key),
  'firstName',
  'lastName',
];

export const contactEntity: RecordEntity<ExternalContact> = {
  ...contactResource,
  type: 'contact',
  noun: { one: 'contact', many: 'contacts' },
  fields: CONTACT_FIELDS,
  permissions: PERMISSIONS.contact,
  name: contactName,
  keepExpanded: (written, previous) => ({
    ...written,
    // Keep the expanded organization (with its name) when the write kept the same one.
    externalOrganization:
      written.externalOrganization &&
      previous?.externalOrganization?.id === written.externalOrganization.id
        ? previous.externalOrganization
        : written.externalOrganization,
    identifiers: written.identifiers ?? previous?.identifiers,
    division: written.division?.name ? written.division : (previous?.division ?? written.division),
  }),
  isSameCreate: (contact, body) =>
    identifyingKeys.every(
      (key) => (contact[key as keyof ExternalContact] ?? undefined) === text(body, key),
    ),
  createSearchText: (body) =>
    identifyingKeys.map((key) => text(body, key)).find((value) => value !== undefined),
  links: {
    list: { to: '/contacts' },
    create: { to: '/contacts/new' },
    browse: (divisionId) => ({ to: '/contacts/browse', search: { divisionId } }),
    detail: (contactId) => ({ to: '/contacts/$contactId', params: { contactId } }),
    edit: (contactId) => ({ to: '/contacts/$contactId/edit', params: { contactId } }),
  },
};
