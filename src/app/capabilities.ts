import { PERMISSIONS, type PermissionList } from '@/models/permissions';

/** What the home page tells a user they may do, with the permissions each needs (ANY rule). */
export interface Capability {
  area: string;
  action: string;
  anyOf: PermissionList;
}

export const capabilities: readonly Capability[] = [
  { area: 'Contacts', action: 'View and search', anyOf: PERMISSIONS.contact.view },
  { area: 'Contacts', action: 'Create', anyOf: PERMISSIONS.contact.add },
  { area: 'Contacts', action: 'Edit', anyOf: PERMISSIONS.contact.edit },
  { area: 'Contacts', action: 'Delete', anyOf: PERMISSIONS.contact.delete },
  { area: 'Organizations', action: 'View and search', anyOf: PERMISSIONS.organization.view },
  { area: 'Organizations', action: 'Edit', anyOf: PERMISSIONS.organization.edit },
  { area: 'Identity', action: 'Merge contacts', anyOf: PERMISSIONS.identity.merge },
  { area: 'Identity', action: 'Promote contacts', anyOf: PERMISSIONS.identity.promote },
  { area: 'Custom fields', action: 'View schemas', anyOf: PERMISSIONS.schema.view },
  { area: 'Custom fields', action: 'Edit schemas', anyOf: PERMISSIONS.schema.edit },
];
