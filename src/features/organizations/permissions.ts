/** The permissions each action accepts (endpoints.md: the API's ANY rule). */
export const ORGANIZATION_ADD_PERMISSIONS = [
  'externalContacts:externalOrganization:add',
  'relate:externalOrganization:add',
];
export const ORGANIZATION_EDIT_PERMISSIONS = [
  'externalContacts:externalOrganization:edit',
  'relate:externalOrganization:edit',
];
export const ORGANIZATION_DELETE_PERMISSIONS = [
  'externalContacts:externalOrganization:delete',
  'relate:externalOrganization:delete',
];
/** Trustor link and unlink accept only the externalContacts edit permission, not the relate one. */
export const TRUSTOR_EDIT_PERMISSIONS = ['externalContacts:externalOrganization:edit'];
