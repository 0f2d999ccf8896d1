import { hasAnyPermission } from '@/auth/permissions';
import { PERMISSIONS, type PermissionList } from '@/models/permissions';

/** Where a "You cannot …" page offers to go instead. */
export type BackTarget = '/' | '/contacts' | '/organizations' | '/schemas' | '/external-sources';

/**
 * What a page needs (the API's ANY rule) and how to say it when the user lacks it: the page
 * reads "You cannot {action}".
 */
export interface RouteGuard {
  anyOf: PermissionList;
  action: string;
  back: { to: BackTarget; label: string };
}

const home = { to: '/', label: 'Go to the console home' } as const;
const contacts = { to: '/contacts', label: 'Back to all contacts' } as const;
const organizations = { to: '/organizations', label: 'Back to all organizations' } as const;
const schemas = { to: '/schemas', label: 'Back to all schemas' } as const;

const externalSources = { to: '/external-sources', label: 'Back to all external sources' } as const;

const contactView = { anyOf: PERMISSIONS.contact.view, action: 'view contacts', back: home };
const organizationView = {
  anyOf: PERMISSIONS.organization.view,
  action: 'view organizations',
  back: home,
};
const schemaView = {
  anyOf: PERMISSIONS.schema.view,
  action: 'view custom-field schemas',
  back: home,
};

/**
 * Every guarded page, keyed by its route id (src/routes). A route's `beforeLoad` checks its entry
 * before any request, the layout checks it again when it renders, the error page names its
 * action when the API still answers 403, and the navigation shows an area only when its list
 * page's guard passes. Child routes (record tabs) inherit their parent's guard.
 */
export const ROUTE_GUARDS = {
  '/_app/contacts/': contactView,
  '/_app/contacts/browse': contactView,
  '/_app/contacts/new': {
    anyOf: PERMISSIONS.contact.add,
    action: 'create contacts',
    back: contacts,
  },
  '/_app/contacts/merge': {
    anyOf: PERMISSIONS.identity.merge,
    action: 'merge contacts',
    back: contacts,
  },
  '/_app/contacts/$contactId/_record': contactView,
  '/_app/contacts/$contactId/edit': {
    anyOf: PERMISSIONS.contact.edit,
    action: 'edit contacts',
    back: contacts,
  },
  '/_app/organizations/': organizationView,
  '/_app/organizations/browse': organizationView,
  '/_app/organizations/new': {
    anyOf: PERMISSIONS.organization.add,
    action: 'create organizations',
    back: organizations,
  },
  '/_app/organizations/$organizationId/_record': organizationView,
  '/_app/organizations/$organizationId/edit': {
    anyOf: PERMISSIONS.organization.edit,
    action: 'edit organizations',
    back: organizations,
  },
  // The org-wide note and relationship scans accept the contact view permissions.
  '/_app/notes/': { anyOf: PERMISSIONS.contact.view, action: 'view notes', back: home },
  '/_app/relationships/': {
    anyOf: PERMISSIONS.contact.view,
    action: 'view relationships',
    back: home,
  },
  '/_app/users/$userId': {
    anyOf: PERMISSIONS.contact.view,
    action: 'view relationships',
    back: home,
  },
  '/_app/lookup/': {
    anyOf: [...PERMISSIONS.contact.view, ...PERMISSIONS.organization.view],
    action: 'look up contacts or organizations',
    back: home,
  },
  // The page is its clusters: the latest scan's figures alone are no reason to offer it.
  '/_app/duplicates': {
    anyOf: PERMISSIONS.graph.clusterView,
    action: 'view duplicate contacts',
    back: home,
  },
  // Import creates contacts in batches of 200 (bulk add: externalContacts only).
  // Each kind of import asks for its own add permission on the page; the page opens for either.
  '/_app/import': {
    anyOf: [...PERMISSIONS.contact.add, ...PERMISSIONS.organization.add],
    action: 'import contacts or organizations',
    back: contacts,
  },
  // Whole exports are Genesys export jobs; a selection is exported from the lists instead.
  '/_app/export': {
    anyOf: PERMISSIONS.export.view,
    action: 'export contacts, organizations, notes or relationships',
    back: home,
  },
  '/_app/schemas/': schemaView,
  '/_app/schemas/$entity/new': {
    anyOf: PERMISSIONS.schema.add,
    action: 'create custom-field schemas',
    back: schemas,
  },
  '/_app/schemas/$entity/$schemaId': { ...schemaView, back: schemas },
  '/_app/external-sources/': {
    anyOf: PERMISSIONS.externalSource.view,
    action: 'view external sources',
    back: home,
  },
  '/_app/external-sources/new': {
    anyOf: PERMISSIONS.externalSource.add,
    action: 'create external sources',
    back: externalSources,
  },
  '/_app/external-sources/$sourceId': {
    anyOf: PERMISSIONS.externalSource.edit,
    action: 'edit external sources',
    back: externalSources,
  },
  // Either kind will do: the page offers only the kinds the user may enrich.
  '/_app/enrich': {
    anyOf: [...PERMISSIONS.contact.enrich, ...PERMISSIONS.organization.enrich],
    action: 'enrich contacts or organizations',
    back: home,
  },
} as const satisfies Record<string, RouteGuard>;

export type GuardedRouteId = keyof typeof ROUTE_GUARDS;

const guardsById: Readonly<Record<string, RouteGuard>> = ROUTE_GUARDS;

export function guardOf(routeId: string): RouteGuard | undefined {
  return Object.hasOwn(guardsById, routeId) ? guardsById[routeId] : undefined;
}

export function allows(granted: readonly string[], guard: RouteGuard): boolean {
  return hasAnyPermission(granted, guard.anyOf);
}

/** The first guard along a route's matches (outermost first) that the user does not pass. */
export function firstDeniedGuard(
  routeIds: readonly string[],
  granted: readonly string[],
): RouteGuard | undefined {
  for (const routeId of routeIds) {
    const guard = guardOf(routeId);
    if (guard && !allows(granted, guard)) return guard;
  }
  return undefined;
}

/** The guard that names what a route (or, for a tab, its nearest guarded parent) is for. */
export function nearestGuard(routeIds: readonly string[]): RouteGuard | undefined {
  for (let index = routeIds.length - 1; index >= 0; index -= 1) {
    const guard = guardOf(routeIds[index] ?? '');
    if (guard) return guard;
  }
  return undefined;
}
