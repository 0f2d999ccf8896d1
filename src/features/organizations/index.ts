/** What other features use of organizations: the picker a contact's form chooses one with. */
export { OrganizationPicker } from './organization-picker';
