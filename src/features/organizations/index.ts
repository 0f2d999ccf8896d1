/** What other features use of organizations: the picker a contact's form chooses one with. */
export { OrganizationPicker, organizationReferenceInput } from './organization-picker';
/** The organization's definition, for the start page's search. */
export { organizationEntity } from './organization-entity';
