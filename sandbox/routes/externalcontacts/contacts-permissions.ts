/** Permission lists of the contact and organization routes, as endpoints.md gives them (ANY). */
export const CONTACT_VIEW = ['relate:contact:view', 'externalContacts:contact:view'];
export const CONTACT_ADD = ['relate:contact:add', 'externalContacts:contact:add'];
export const CONTACT_EDIT = ['relate:contact:edit', 'externalContacts:contact:edit'];
export const CONTACT_DELETE = ['relate:contact:delete', 'externalContacts:contact:delete'];
export const CONTACT_VIEW_ONLY = ['externalContacts:contact:view'];
export const CONTACT_EDIT_ONLY = ['externalContacts:contact:edit'];
export const CONTACT_ADD_ONLY = ['externalContacts:contact:add'];
export const CONTACT_DELETE_ONLY = ['externalContacts:contact:delete'];
export const CONTACT_SEARCH = ['externalContacts:contact:search'];
export const CONTACT_VIEW_ALL = ['externalContacts:contact:viewAll'];

export const ORG_VIEW = [
  'relate:externalOrganization:view',
  'externalContacts:externalOrganization:view',
];
export const ORG_ADD = [
  'relate:externalOrganization:add',
  'externalContacts:externalOrganization:add',
];
export const ORG_EDIT = [
  'relate:externalOrganization:edit',
  'externalContacts:externalOrganization:edit',
];
export const ORG_DELETE = [
  'relate:externalOrganization:delete',
  'externalContacts:externalOrganization:delete',
];
export const ORG_VIEW_ONLY = ['externalContacts:externalOrganization:view'];
export const ORG_EDIT_ONLY = ['externalContacts:externalOrganization:edit'];
export const ORG_ADD_ONLY = ['externalContacts:externalOrganization:add'];
export const ORG_DELETE_ONLY = ['externalContacts:externalOrganization:delete'];
export const ORG_SEARCH = ['externalContacts:externalOrganization:search'];
export const ORG_VIEW_ALL = ['externalContacts:externalOrganization:viewAll'];

export const IDENTITY_MERGE = ['externalContacts:identity:merge'];
export const IDENTITY_PROMOTE = ['externalContacts:identity:promote'];

/** What the shared collection and item routes need (entity-routes.ts). */
export const CONTACT_CRUD = {
  view: CONTACT_VIEW,
  add: CONTACT_ADD,
  edit: CONTACT_EDIT,
  editOnly: CONTACT_EDIT_ONLY,
  delete: CONTACT_DELETE,
};
export const ORG_CRUD = {
  view: ORG_VIEW,
  add: ORG_ADD,
  edit: ORG_EDIT,
  editOnly: ORG_EDIT_ONLY,
  delete: ORG_DELETE,
};
