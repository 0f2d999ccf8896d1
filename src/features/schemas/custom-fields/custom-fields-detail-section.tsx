import type { SchemaEntity } from '../api';
import { CustomFieldsView } from './custom-fields-view';
import type { RecordSchemaRef } from './use-custom-field-schemas';

/**
 * A record's custom fields as a section of its detail page (record kit's DetailSectionSpec):
 * rendered by the schema-aware view (enum titles, dates, links, tags by core type), and counted
 * as empty when the record has no schema and no values.
 */
export function customFieldsDetailSection(
  entity: SchemaEntity,
  record: {
    schema?: RecordSchemaRef | undefined;
    customFields?: Record<string, unknown> | undefined;
  },
) {
  return {
    title: 'Custom fields',
    rows: [],
    hasContent: Boolean(record.schema?.id) || Object.keys(record.customFields ?? {}).length > 0,
    node: (
      <CustomFieldsView
        key="custom-fields"
        entity={entity}
        schema={record.schema}
        customFields={record.customFields}
      />
    ),
  };
}
