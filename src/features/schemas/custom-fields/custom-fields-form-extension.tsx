import type { FieldValues, Resolver } from 'react-hook-form';
import type { SchemaEntity } from '../api';
import { CustomFieldsSection } from './custom-fields-section';
import {
  customFieldsFormPartShape,
  customFieldsToFormByKey,
  type CustomFieldsFormPart,
} from './custom-field-values';
import { useCustomFieldSchemas, type RecordSchemaRef } from './use-custom-field-schemas';

interface RecordWithCustomFields {
  schema?: RecordSchemaRef | undefined;
  customFields?: Record<string, unknown> | undefined;
}

/** The custom-field part of a record form's values, rules and body (pure, for tests too). */
export function customFieldsExtension(
  applyTo: (body: Record<string, unknown>, values: CustomFieldsFormPart) => void,
) {
  return {
    writeKeys: ['schema', 'customFields'],
    shape: customFieldsFormPartShape,
    defaults: (stored: RecordWithCustomFields | undefined) => ({
      schemaId: stored?.schema?.id ?? '',
      customFields: customFieldsToFormByKey(stored?.customFields),
    }),
    applyBody: (body: Record<string, unknown>, values: Record<string, unknown>) =>
      applyTo(body, values as unknown as CustomFieldsFormPart),
    fieldFor: (apiFieldName: string) => {
      const name = apiFieldName.replace(/\[\d+\]/g, '');
      if (/^customFields\.[a-z][a-z0-9_]*$/.test(name)) return name;
      if (name === 'schema' || name.startsWith('schema.')) return 'schemaId';
      return null;
    },
  };
}

/**
 * The custom fields of a record form as a record-kit form extension: the schema picker and the
 * chosen schema's inputs, their values, the resolver that checks them with the schema's rules,
 * and the `schema` + `customFields` of the body. The record's own schema stays pickable (and
 * valid) even after it was disabled.
 */
export function useCustomFieldsFormExtension(
  entity: SchemaEntity,
  record: RecordWithCustomFields | undefined,
) {
  const schemas = useCustomFieldSchemas(entity, record?.schema);
  return {
    extension: customFieldsExtension(schemas.applyTo),
    wrapResolver: <Values extends FieldValues, Output>(
      resolver: Resolver<Values, unknown, Output>,
    ) =>
      schemas.wrapResolver(
        resolver as unknown as Resolver<Values & CustomFieldsFormPart, unknown, Output>,
      ) as unknown as Resolver<Values, unknown, Output>,
    section: <CustomFieldsSection schemas={schemas} />,
  };
}
