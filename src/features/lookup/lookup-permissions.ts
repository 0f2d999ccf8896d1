import { hasAnyPermission } from '@/auth/permissions';
import type { ContactLookupRoute } from './api';
import type { LookupKind } from './search-params';

/** The ANY lists endpoints.md gives each lookup route. */
const REVERSE = ['externalContacts:contact:view'];
const CONTACT_CURRENT = ['externalContacts:contact:view'];
const CONTACT_LEGACY = ['externalContacts:contact:view', 'relate:contact:view'];
const ORGANIZATION = ['externalContacts:externalOrganization:view'];

/**
 * The contact lookup route this user may call: the current one when allowed, else the
 * deprecated alias, which also accepts relate:contact:view; null when neither is allowed.
 */
export function contactLookupRoute(granted: readonly string[]): ContactLookupRoute | null {
  if (hasAnyPermission(granted, CONTACT_CURRENT)) return 'current';
  if (hasAnyPermission(granted, CONTACT_LEGACY)) return 'legacy';
  return null;
}

export function canLookUp(granted: readonly string[], kind: LookupKind): boolean {
  switch (kind) {
    case 'reverse':
      return hasAnyPermission(granted, REVERSE);
    case 'contact':
      return contactLookupRoute(granted) !== null;
    case 'organization':
      return hasAnyPermission(granted, ORGANIZATION);
  }
}
