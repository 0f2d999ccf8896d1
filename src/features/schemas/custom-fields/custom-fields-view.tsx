import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { isHttpUrl, type JsonSchemaDocument } from '@/models/data-schema';
import { schemaVersionQueryOptions, type SchemaEntity } from '../api';
import { schemaFields, type SchemaField } from './custom-field-values';
import type { RecordSchemaRef } from './use-custom-field-schemas';

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return JSON.stringify(value);
}

/** A value as its core type reads best; API text only ever goes through React text nodes. */
export function formatCustomValue(field: SchemaField | undefined, value: unknown): ReactNode {
  if (value === null || value === undefined) return null;
  switch (field?.coreType) {
    case 'checkbox':
      return value === true ? 'Yes' : 'No';
    case 'enum': {
      const title =
        typeof value === 'string' ? field.definition._enumProperties?.[value]?.title : undefined;
      return title ? `${title} (${plain(value)})` : plain(value);
    }
    case 'date': {
      if (typeof value !== 'string') return plain(value);
      const date = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(date.getTime())
        ? value
        : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    }
    case 'datetime': {
      if (typeof value !== 'string') return plain(value);
      const date = new Date(value);
      return Number.isNaN(date.getTime())
        ? value
        : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
    }
    case 'url':
      // Only web links become clickable: a javascript: or data: URL stays text.
      return typeof value === 'string' && isHttpUrl(value) ? (
        <a href={value} target="_blank" rel="noopener noreferrer">
          {value}
        </a>
      ) : (
        plain(value)
      );
    case 'tag':
      return Array.isArray(value) ? (
        <ul className="tag-list">
          {value.map((tag, index) => (
            <li key={index}>{plain(tag)}</li>
          ))}
        </ul>
      ) : (
        plain(value)
      );
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value.toLocaleString() : plain(value);
    default:
      return plain(value);
  }
}

/** The label/value rows of a record's custom fields: schema order first, unknown keys after. */
export function customFieldRows(
  document: JsonSchemaDocument | undefined,
  customFields: unknown,
): [string, ReactNode][] {
  const values =
    customFields && typeof customFields === 'object' && !Array.isArray(customFields)
      ? (customFields as Record<string, unknown>)
      : {};
  const fields = document ? schemaFields(document) : [];
  const rows: [string, ReactNode][] = [];
  for (const field of fields) {
    if (values[field.key] !== undefined && values[field.key] !== null) {
      rows.push([field.label, formatCustomValue(field, values[field.key])]);
    }
  }
  const known = new Set(fields.map((field) => field.key));
  for (const [key, value] of Object.entries(values)) {
    if (!known.has(key)) rows.push([key, formatCustomValue(undefined, value)]);
  }
  return rows;
}

/**
 * Read-only custom fields of a contact or organization, rendered with the exact schema version
 * the record uses (so a record on a since-disabled or changed schema still shows its values).
 */
export function CustomFieldsView({
  entity,
  schema,
  customFields,
}: {
  entity: SchemaEntity;
  schema: RecordSchemaRef | undefined;
  customFields: unknown;
}) {
  const { api } = useServices();
  const canView = usePermissions().can(...PERMISSIONS.schema.view);
  const version = useQuery({
    ...schemaVersionQueryOptions(api, entity, schema?.id ?? '', schema?.version ?? 0),
    enabled: canView && Boolean(schema?.id) && schema?.version !== undefined,
  });
  const rows = customFieldRows(version.data?.jsonSchema, customFields);
  const schemaName = version.data?.name ?? schema?.name ?? schema?.id;
  return (
    <section className="detail-section" aria-labelledby="section-custom-fields">
      <h2 id="section-custom-fields">Custom fields</h2>
      {schema?.id ? (
        <dl className="detail-list">
          <dt>Schema</dt>
          <dd>
            {schemaName}
            {schema.version !== undefined ? ` (version ${schema.version})` : ''}
            {version.data?.enabled === false ? ' · disabled' : ''}
          </dd>
          {rows.map(([label, value], index) => (
            <Fragment key={`${label}-${index}`}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p className="muted">No schema: this record has no custom fields.</p>
      )}
      {version.isError ? (
        <p className="muted">The schema could not be read; values are shown as stored.</p>
      ) : null}
    </section>
  );
}
