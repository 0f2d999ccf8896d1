/** What the home page tells a user they may do, with the permissions each needs (ANY rule). */
export interface Capability {
  area: string;
  action: string;
  anyOf: string[];
}

export const capabilities: Capability[] = [
  {
    area: 'Contacts',
    action: 'View and search',
    anyOf: ['externalContacts:contact:view', 'relate:contact:view'],
  },
  {
    area: 'Contacts',
    action: 'Create',
    anyOf: ['externalContacts:contact:add', 'relate:contact:add'],
  },
  {
    area: 'Contacts',
    action: 'Edit',
    anyOf: ['externalContacts:contact:edit', 'relate:contact:edit'],
  },
  {
    area: 'Contacts',
    action: 'Delete',
    anyOf: ['externalContacts:contact:delete', 'relate:contact:delete'],
  },
  {
    area: 'Organizations',
    action: 'View and search',
    anyOf: ['externalContacts:externalOrganization:view', 'relate:externalOrganization:view'],
  },
  {
    area: 'Organizations',
    action: 'Edit',
    anyOf: ['externalContacts:externalOrganization:edit', 'relate:externalOrganization:edit'],
  },
  { area: 'Identity', action: 'Merge contacts', anyOf: ['externalContacts:identity:merge'] },
  { area: 'Identity', action: 'Promote contacts', anyOf: ['externalContacts:identity:promote'] },
  { area: 'Custom fields', action: 'View schemas', anyOf: ['externalContacts:customFields:view'] },
  { area: 'Custom fields', action: 'Edit schemas', anyOf: ['externalContacts:customFields:edit'] },
];
