/**
 * What other features use of custom-field schemas: a record's custom fields on its page and in
 * its form, and the form values they take.
 */
export { CustomFieldsView } from './custom-fields/custom-fields-view';
export { CustomFieldsSection } from './custom-fields/custom-fields-section';
export {
  useCustomFieldSchemas,
  type CustomFieldSchemas,
  type RecordSchemaRef,
} from './custom-fields/use-custom-field-schemas';
export { CustomFieldValueInput } from './custom-fields/custom-field-inputs';
export {
  schemaFields,
  type SchemaField,
  customFieldsFormPartShape,
  customFieldsToFormByKey,
  type CustomFieldFormValue,
  type CustomFieldFormValues,
  emptyFormValue,
  toApiValue,
  type CustomFieldsFormPart,
} from './custom-fields/custom-field-values';
export { prefetchCustomFieldSchemas } from './custom-fields/prefetch-custom-field-schemas';
export { useCustomFieldsFormExtension } from './custom-fields/custom-fields-form-extension';
export { customFieldsExtension } from './custom-fields/custom-fields-form-extension';
export { customFieldsDetailSection } from './custom-fields/custom-fields-detail-section';
/** The start page's schema headroom: the schemas and the org's limits, as the schemas page reads them. */
export { schemaListQueryOptions, schemaLimitsQueryOptions } from './api';
