import { describe, expect, it } from 'vitest';
import { hasAnyPermission, hasPermission, permissionMatches } from './permissions';

describe('permissions', () => {
  it('matches an exact permission', () => {
    expect(hasPermission(['externalContacts:contact:view'], 'externalContacts:contact:view')).toBe(
      true,
    );
    expect(hasPermission(['externalContacts:contact:view'], 'externalContacts:contact:edit')).toBe(
      false,
    );
  });

  it('treats * segments as wildcards', () => {
    expect(permissionMatches('externalContacts:*:*', 'externalContacts:contact:add')).toBe(true);
    expect(permissionMatches('externalContacts:contact:*', 'externalContacts:contact:add')).toBe(
      true,
    );
    expect(
      permissionMatches('externalContacts:contact:*', 'externalContacts:externalOrganization:add'),
    ).toBe(false);
    expect(permissionMatches('externalContacts:*', 'externalContacts:contact:add')).toBe(false);
  });

  it('implements the ANY rule', () => {
    const granted = ['relate:contact:view'];
    expect(
      hasAnyPermission(granted, ['relate:contact:view', 'externalContacts:contact:view']),
    ).toBe(true);
    expect(hasAnyPermission(granted, ['externalContacts:contact:add'])).toBe(false);
    expect(hasAnyPermission([], ['externalContacts:contact:view'])).toBe(false);
  });
});
