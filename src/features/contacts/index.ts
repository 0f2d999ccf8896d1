/** What other features use of contacts: the type badge, and the contacts API made by the kit. */
export { ContactTypeBadge } from './contact-type-badge';
export { contactApi } from './api';
export { contactEntity } from './contact-entity';
export { contactFormRules } from './contact-form-rules';
