import { describe, expect, it } from 'vitest';
import {
  hasAnyPermission,
  hasPermission,
  missingFrom,
  permissionCovers,
} from './permission-match.ts';

describe('permissionCovers', () => {
  it('matches exact permissions only', () => {
    expect(permissionCovers('externalContacts:contact:view', 'externalContacts:contact:view')).toBe(
      true,
    );
    expect(permissionCovers('externalContacts:contact:view', 'externalContacts:contact:add')).toBe(
      false,
    );
  });

  it('treats * as a wildcard segment', () => {
    expect(permissionCovers('externalContacts:*:*', 'externalContacts:identity:merge')).toBe(true);
    expect(permissionCovers('externalContacts:contact:*', 'externalContacts:contact:delete')).toBe(
      true,
    );
    expect(
      permissionCovers('externalContacts:contact:*', 'externalContacts:customFields:view'),
    ).toBe(false);
    expect(permissionCovers('*:*:*', 'directory:user:view')).toBe(true);
  });

  it('never matches strings with a different number of segments', () => {
    expect(permissionCovers('externalContacts:*', 'externalContacts:contact:view')).toBe(false);
  });
});

describe('permission lists', () => {
  const granted = ['externalContacts:contact:*', 'directory:user:view'];

  it('answers has / has-any / missing', () => {
    expect(hasPermission(granted, 'externalContacts:contact:add')).toBe(true);
    expect(hasAnyPermission(granted, ['relate:contact:add', 'externalContacts:contact:add'])).toBe(
      true,
    );
    expect(hasAnyPermission(granted, ['externalContacts:identity:merge'])).toBe(false);
    expect(
      missingFrom(granted, ['externalContacts:contact:view', 'externalContacts:identity:merge']),
    ).toEqual(['externalContacts:identity:merge']);
  });
});
