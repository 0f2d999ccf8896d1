import { describe, expect, it } from 'vitest';
import { canLookUp, contactLookupRoute } from './lookup-permissions';

describe('lookup permissions', () => {
  it('prefers the current contact lookup route', () => {
    expect(contactLookupRoute(['externalContacts:contact:view'])).toBe('current');
    expect(contactLookupRoute(['externalContacts:*:*'])).toBe('current');
  });

  it('falls back to the deprecated route for relate-only users', () => {
    expect(contactLookupRoute(['relate:contact:view'])).toBe('legacy');
  });

  it('offers nothing without a view permission', () => {
    expect(contactLookupRoute([])).toBeNull();
    expect(canLookUp([], 'reverse')).toBe(false);
    expect(canLookUp(['externalContacts:externalOrganization:view'], 'organization')).toBe(true);
  });
});
