import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, CONTACT_SORT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import {
  ORGANIZATION_FIELDS,
  ORGANIZATION_SORT_FIELDS,
  type ExternalOrganization,
} from '@/models/organization-fields';
import { formatFieldValue, type RecordBase, type RecordField } from '@/models/record-fields';
import type { RecordColumn, ReferenceTarget } from './record-column';
import { deriveRecordColumns, type ColumnEntity } from './record-columns';
import { ReferenceLink } from './reference-link';

const contactLinks: ColumnEntity<ExternalContact>['links'] = {
  list: { to: '/contacts' },
  create: { to: '/contacts/new' },
  browse: () => ({ to: '/contacts/browse' }),
  detail: (contactId) => ({ to: '/contacts/$contactId', params: { contactId } }),
  edit: (contactId) => ({ to: '/contacts/$contactId/edit', params: { contactId } }),
};
const organizationLinks: ColumnEntity<ExternalOrganization>['links'] = {
  list: { to: '/organizations' },
  create: { to: '/organizations/new' },
  browse: () => ({ to: '/organizations/browse' }),
  detail: (organizationId) => ({
    to: '/organizations/$organizationId',
    params: { organizationId },
  }),
  // The columns link only to a record's page: the other links are not read here.
  edit: () => ({ to: '/organizations' }),
};

const contactEntity: ColumnEntity<ExternalContact> = {
  fields: CONTACT_FIELDS,
  name: (contact) => contact.lastName ?? '',
  links: contactLinks,
};
const organizationEntity: ColumnEntity<ExternalOrganization> = {
  fields: ORGANIZATION_FIELDS,
  name: (organization) => organization.name,
  links: organizationLinks,
};
const organizationTarget: ReferenceTarget = {
  resource: 'organizations',
  bulkPath: '/externalcontacts/bulk/organizations',
  detail: (organizationId) => ({
    to: '/organizations/$organizationId',
    params: { organizationId },
  }),
};

const contactColumns = deriveRecordColumns(contactEntity, {
  sortFields: CONTACT_SORT_FIELDS,
  nameSortField: 'lastName',
  references: { externalOrganization: organizationTarget },
  extras: [{ id: 'type', label: 'Type', render: (contact) => contact.type }],
});
const byId = <Read extends RecordBase>(
  columns: readonly RecordColumn<Read>[],
  id: string,
): RecordColumn<Read> => {
  const column = columns.find((candidate) => candidate.id === id);
  if (!column) throw new Error(`no column ${id}`);
  return column;
};

describe("columns derived from an entity's fields", () => {
  it('puts the name and the extras first, then the fields by kind, then division and date', () => {
    const ids = contactColumns.map((column) => column.id);
    expect(ids.slice(0, 2)).toEqual(['name', 'type']);
    expect(ids.slice(-2)).toEqual(['division', 'modified']);
    expect(new Set(ids.slice(2, -2))).toEqual(
      new Set([
        'salutation',
        'firstName',
        'middleName',
        'lastName',
        'title',
        'phone',
        'workEmail',
        'personalEmail',
        'otherEmail',
        'city',
        'country',
        'externalOrganization',
        'surveyOptOut',
        'externalSystemUrl',
      ]),
    );
    // Field columns keep the order of the field list.
    const fieldOrder = CONTACT_FIELDS.map((field) => field.key as string);
    const fieldIds = ids.filter((id) => fieldOrder.includes(id));
    expect(fieldIds).toEqual(fieldOrder.filter((key) => fieldIds.includes(key)));
    expect(byId(contactColumns, 'workEmail').label).toBe('Work email');
    expect(byId(contactColumns, 'externalOrganization').label).toBe('Organization');
  });

  it('leaves out kinds that do not fit a cell', () => {
    const ids = contactColumns.map((column) => column.id);
    for (const kind of ['twitter', 'structured', 'textList'])
      for (const field of CONTACT_FIELDS.filter((candidate) => candidate.kind === kind))
        expect(ids).not.toContain(field.key);
  });

  it('sorts only by the sort fields, the name by the field it is given', () => {
    const sortable = Object.fromEntries(
      contactColumns.filter((column) => column.sortField).map((c) => [c.id, c.sortField]),
    );
    expect(sortable).toEqual({
      name: 'lastName',
      firstName: 'firstName',
      middleName: 'middleName',
      lastName: 'lastName',
      title: 'title',
    });
  });

  it('shows the first phone a record has in one Phone column, and an address as city and country', () => {
    const contact: ExternalContact = {
      id: 'c1',
      cellPhone: { display: '+1 317-555-0100' },
      homePhone: { display: '+1 317-555-0199' },
      address: { city: 'Indianapolis', countryCode: 'US' },
    };
    expect(contactColumns.filter((column) => column.label === 'Phone')).toHaveLength(1);
    expect(byId(contactColumns, 'phone').render(contact)).toBe('+1 317-555-0100');
    expect(byId(contactColumns, 'city').render(contact)).toBe('Indianapolis');
    expect(byId(contactColumns, 'country').render(contact)).toBe('US');
    const optOut = CONTACT_FIELDS.find((field) => field.key === 'surveyOptOut');
    expect(byId(contactColumns, 'surveyOptOut').render({ ...contact, surveyOptOut: true })).toBe(
      optOut && formatFieldValue(optOut, true),
    );
  });

  it('links a reference by name, resolved from its id when the list has only the id', () => {
    const column = byId(contactColumns, 'externalOrganization');
    const cell = column.render({ id: 'c1', externalOrganization: { id: 'o1' } });
    expect(isValidElement(cell)).toBe(true);
    const element = cell as ReactElement<{ target: ReferenceTarget; reference: { id: string } }>;
    expect(element.type).toBe(ReferenceLink);
    expect(element.props.target).toBe(organizationTarget);
    expect(element.props.reference).toEqual({ id: 'o1' });
    expect(column.render({ id: 'c2' })).toBeNull();
  });

  it('shows a reference without a target as its name, never an empty cell', () => {
    const columns = deriveRecordColumns(contactEntity, { sortFields: [] });
    const column = byId(columns, 'externalOrganization');
    expect(column.render({ id: 'c1', externalOrganization: { id: 'o1', name: 'Acme' } })).toBe(
      'Acme',
    );
  });

  it('links the name to the record and does not repeat a field the name column shows', () => {
    const columns = deriveRecordColumns(organizationEntity, {
      sortFields: ORGANIZATION_SORT_FIELDS,
      nameSortField: 'name',
    });
    const ids = columns.map((column) => column.id);
    expect(ids[0]).toBe('name');
    expect(ids.filter((id) => id === 'name')).toHaveLength(1);
    expect(new Set(ids)).toEqual(
      new Set([
        'name',
        'companyType',
        'industry',
        'employeeCount',
        'revenue',
        'phone',
        'city',
        'country',
        'externalSystemUrl',
        'division',
        'modified',
      ]),
    );
    expect(columns.filter((column) => column.sortField).map((column) => column.id)).toEqual([
      'name',
      'companyType',
      'industry',
    ]);
    const name = byId(columns, 'name').render({ id: 'o1', name: 'Acme' } as ExternalOrganization);
    const link = name as ReactElement<{ to: string; params: unknown; children: unknown }>;
    expect(link.props).toMatchObject({
      to: '/organizations/$organizationId',
      params: { organizationId: 'o1' },
      children: 'Acme',
    });
  });

  it('follows the field list: a new field of a listed kind is a new column', () => {
    const extra: RecordField = { key: 'nickname', label: 'Nickname', section: 'x', kind: 'text' };
    const columns = deriveRecordColumns(
      { ...contactEntity, fields: [...CONTACT_FIELDS, extra] },
      { sortFields: [] },
    );
    const nickname = byId(columns, 'nickname');
    expect(nickname.label).toBe('Nickname');
    expect(nickname.render({ id: 'c1', nickname: 'Ace' } as ExternalContact)).toBe('Ace');
  });
});
