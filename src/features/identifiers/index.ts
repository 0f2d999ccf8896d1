/** What other features use of identifiers: their types, labels and form checks (the lookup). */
export {
  checkPhoneIdentifier,
  identifierTypeField,
  identifierValueField,
} from './identifier-form-schema';
export {
  CONTACT_IDENTIFIER_TYPE_OPTIONS,
  ORGANIZATION_IDENTIFIER_TYPE_OPTIONS,
  identifierTypeLabel,
  identifierValueHelp,
} from './identifier-types';
