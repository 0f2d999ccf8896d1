import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/models/permissions';
// The generated route tree as text: checks the ids without loading every route's code.
import routeTree from '@/routeTree.gen?raw';
import { firstDeniedGuard, guardOf, nearestGuard, ROUTE_GUARDS } from './route-guards';

// What the sandbox's demo roles grant (sandbox/auth/permissions.ts), as far as the guards look.
const reader = [
  'externalContacts:contact:view',
  'externalContacts:externalOrganization:view',
  'externalContacts:customFields:view',
  'externalContacts:graphCluster:view',
  'externalContacts:externalSource:view',
];
const curator = [
  'externalContacts:contact:view',
  'externalContacts:contact:add',
  'externalContacts:contact:edit',
  'externalContacts:externalOrganization:view',
  'externalContacts:externalOrganization:add',
  'externalContacts:externalOrganization:edit',
];

describe('route guards', () => {
  it('name only routes that exist', () => {
    for (const routeId of Object.keys(ROUTE_GUARDS)) expect(routeTree).toContain(`'${routeId}'`);
  });

  it('refuse the reader every page that changes data, and exports (a role of their own)', () => {
    const denied = Object.keys(ROUTE_GUARDS).filter((routeId) =>
      firstDeniedGuard([routeId], reader),
    );
    expect(denied.sort()).toEqual(
      [
        '/_app/contacts/$contactId/edit',
        '/_app/contacts/merge',
        '/_app/contacts/new',
        '/_app/export',
        '/_app/import',
        '/_app/organizations/$organizationId/edit',
        '/_app/organizations/new',
        '/_app/schemas/$entity/new',
        '/_app/external-sources/new',
        '/_app/external-sources/$sourceId',
        '/_app/enrich',
      ].sort(),
    );
  });

  it('refuse the curator merge, duplicates, exports, every schema and external source page', () => {
    const denied = Object.keys(ROUTE_GUARDS).filter((routeId) =>
      firstDeniedGuard([routeId], curator),
    );
    expect(denied.sort()).toEqual(
      [
        '/_app/contacts/merge',
        '/_app/duplicates',
        '/_app/export',
        '/_app/schemas/',
        '/_app/schemas/$entity/$schemaId',
        '/_app/schemas/$entity/new',
        '/_app/external-sources/',
        '/_app/external-sources/new',
        '/_app/external-sources/$sourceId',
        '/_app/enrich',
      ].sort(),
    );
  });

  it('open the enrich page to either enrich permission, and to nothing else', () => {
    const enrich = ['/_app/enrich'];
    expect(firstDeniedGuard(enrich, ['externalContacts:contact:enrich'])).toBeUndefined();
    expect(
      firstDeniedGuard(enrich, ['externalContacts:externalOrganization:enrich']),
    ).toBeUndefined();
    expect(firstDeniedGuard(enrich, ['externalContacts:contact:edit'])?.action).toBe(
      'enrich contacts or organizations',
    );
  });

  it('accept the older relate:* family where the API does', () => {
    expect(firstDeniedGuard(['/_app/contacts/new'], ['relate:contact:add'])).toBeUndefined();
    expect(firstDeniedGuard(['/_app/contacts/new'], ['relate:contact:view'])?.action).toBe(
      'create contacts',
    );
  });

  it('check a page and its parents, outermost first', () => {
    const tab = ['__root__', '/_app', '/_app/contacts/$contactId/_record', '/_app/contacts/x'];
    expect(firstDeniedGuard(tab, [])?.action).toBe('view contacts');
    expect(firstDeniedGuard(tab, [...PERMISSIONS.contact.view])).toBeUndefined();
  });

  it('name a tab by its nearest guarded parent', () => {
    expect(
      nearestGuard(['__root__', '/_app', '/_app/contacts/$contactId/_record', '/tab'])?.action,
    ).toBe('view contacts');
    expect(nearestGuard(['__root__', '/_app', '/_app/'])).toBeUndefined();
  });

  it('know nothing of inherited object keys', () => {
    expect(guardOf('constructor')).toBeUndefined();
  });
});
