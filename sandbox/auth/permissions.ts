/**
 * Permission strings granted by the demo roles. Genesys permissions are `domain:entity:action`;
 * the lists come from the permission column of the reference endpoints (newest SDK).
 */

const EC = 'externalContacts';

function grants(entity: string, actions: readonly string[]): string[] {
  return actions.map((action) => `${EC}:${entity}:${action}`);
}

/** Every External Contacts permission an operation of the API asks for. */
export const ALL_EXTERNAL_CONTACTS_PERMISSIONS: readonly string[] = [
  ...grants('contact', ['view', 'add', 'edit', 'delete', 'viewAll', 'search', 'enrich']),
  ...grants('externalOrganization', [
    'view',
    'add',
    'edit',
    'delete',
    'viewAll',
    'search',
    'enrich',
  ]),
  ...grants('identity', ['merge', 'promote']),
  ...grants('customFields', ['view', 'add', 'edit']),
  ...grants('conversation', ['associate']),
  ...grants('externalSource', ['view', 'add', 'edit', 'delete']),
  ...grants('export', ['view', 'add']),
  ...grants('importJob', ['view', 'viewAll', 'add', 'edit']),
  ...grants('importSettings', ['view', 'viewAll', 'add', 'edit', 'delete']),
  ...grants('importCsvSettings', ['view', 'add', 'edit', 'delete']),
  ...grants('importCsvUpload', ['view', 'add']),
  ...grants('importCsvJob', ['add']),
  ...grants('segmentAssignment', ['view', 'add', 'delete']),
  ...grants('session', ['view']),
  ...grants('graphCluster', ['view', 'merge']),
  ...grants('graphClusterScan', ['view']),
  ...grants('graphSettingsGlobal', ['view', 'edit']),
];

export const DIRECTORY_USER_VIEW = 'directory:user:view';
export const ORG_TRUSTOR_VIEW = 'authorization:orgTrustor:view';

export const EXTERNAL_CONTACTS_ADMIN_PERMISSIONS: readonly string[] = [
  ...ALL_EXTERNAL_CONTACTS_PERMISSIONS,
  DIRECTORY_USER_VIEW,
  ORG_TRUSTOR_VIEW,
];

export const EXTERNAL_CONTACTS_VIEWER_PERMISSIONS: readonly string[] = [
  ...grants('contact', ['view']),
  ...grants('externalOrganization', ['view']),
  ...grants('customFields', ['view']),
  ...grants('session', ['view']),
  ...grants('segmentAssignment', ['view']),
  ...grants('externalSource', ['view']),
  // Looking at duplicate clusters changes nothing; merging them stays with the admin role.
  ...grants('graphCluster', ['view']),
  ...grants('graphClusterScan', ['view']),
  DIRECTORY_USER_VIEW,
];

/** Day-to-day curation: no merge/promote and no schema (custom field) work. */
export const CONTACT_EDITOR_PERMISSIONS: readonly string[] = [
  ...grants('contact', ['view', 'add', 'edit', 'delete']),
  ...grants('externalOrganization', ['view', 'add', 'edit', 'delete']),
  ...grants('conversation', ['associate']),
  DIRECTORY_USER_VIEW,
];

/** What every employee of a real org gets: finding colleagues, nothing in External Contacts. */
export const EMPLOYEE_PERMISSIONS: readonly string[] = [DIRECTORY_USER_VIEW];
