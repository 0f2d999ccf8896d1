import { describe, expect, it } from 'vitest';
import { NAV_AREAS, visibleNavAreas } from './nav-areas';
import { ROUTE_GUARDS } from './route-guards';

const labels = (granted: string[]) => visibleNavAreas(granted).map((area) => area.label);

describe('main navigation', () => {
  it('offers everything to a user with every permission', () => {
    const all = Object.values(ROUTE_GUARDS).flatMap((guard) => [...guard.anyOf]);
    expect(labels(all)).toEqual(NAV_AREAS.map((area) => area.label));
  });

  it('hides Import from a read-only user and Schemas and Duplicates from a curator', () => {
    const reader = [
      'externalContacts:contact:view',
      'externalContacts:externalOrganization:view',
      'externalContacts:customFields:view',
      'externalContacts:graphCluster:view',
    ];
    expect(labels(reader)).not.toContain('Import');
    expect(labels(reader)).not.toContain('Export');
    expect(labels(reader)).toContain('Schemas');
    expect(labels(reader)).toContain('Duplicates');

    const curator = [
      'externalContacts:contact:view',
      'externalContacts:contact:add',
      'externalContacts:externalOrganization:view',
    ];
    expect(labels(curator)).toEqual([
      'Contacts',
      'Organizations',
      'Notes',
      'Relationships',
      'Lookup',
      'Import',
    ]);
  });

  it('offers Enrich to a user who may enrich contacts or organizations, and to no one else', () => {
    expect(labels(['externalContacts:contact:view'])).not.toContain('Enrich');
    expect(labels(['externalContacts:externalOrganization:enrich'])).toEqual(['Enrich']);
  });

  it('offers nothing of External Contacts to a user without its permissions', () => {
    expect(labels(['directory:user:view'])).toEqual([]);
  });
});
