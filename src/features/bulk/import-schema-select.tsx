import { useMemo } from 'react';
import { useCustomFieldSchemas } from '@/features/schemas';
import { FormField } from '@/ui/form-field';
import { customFieldKeyOf, SCHEMA_ID_KEY, type ImportSchema } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';
import type { CsvRecord } from './parse-csv';

/**
 * The custom-field schema of an import: what its custom-field columns are read with. Unless the
 * user picks one, it is the schema the file's `Schema id` column names first (an exported file
 * says it), else the only schema holding every mapped custom field.
 */
export function useImportSchema(
  entity: 'contact' | 'organization',
  chosen: string | null,
  mapping: ColumnMapping,
  sample: readonly CsvRecord[],
) {
  const schemas = useCustomFieldSchemas(entity, undefined);
  const { choices, coreTypes } = schemas;
  const schemaColumn = mapping.indexOf(SCHEMA_ID_KEY);
  const named =
    schemaColumn < 0
      ? ''
      : (sample.map((record) => record.cells[schemaColumn]?.trim() ?? '').find(Boolean) ?? '');
  const customKeys = mapping.flatMap((key) => {
    const custom = customFieldKeyOf(key);
    return custom === null ? [] : [custom];
  });
  const holding = choices.filter((choice) =>
    customKeys.every((key) => Object.hasOwn(choice.document.properties, key)),
  );
  const automatic =
    choices.find((choice) => choice.id === named)?.id ??
    (customKeys.length > 0 && holding.length === 1 ? (holding[0]?.id ?? '') : '');
  const id = chosen ?? automatic;
  const choice = choices.find((candidate) => candidate.id === id);
  const schema: ImportSchema | null = useMemo(
    () =>
      choice
        ? {
            id: choice.id,
            version: choice.version,
            name: choice.label,
            document: choice.document,
            coreTypes,
          }
        : null,
    // The choice is rebuilt each render; its id and version say which it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [choice?.id, choice?.version, coreTypes],
  );
  return { schemas, schema, id, wanted: customKeys.length > 0 || named !== '' };
}

/** The schema choice, shown when the file has custom-field columns or schemas exist. */
export function ImportSchemaSelect({
  imported,
  value,
  onChange,
  disabled,
}: {
  imported: ReturnType<typeof useImportSchema>;
  value: string;
  onChange: (schemaId: string) => void;
  disabled: boolean;
}) {
  const { schemas, wanted } = imported;
  if (!schemas.canView) {
    return wanted ? (
      <p className="muted">
        Your roles do not let you view custom-field schemas, so custom-field columns cannot be
        imported: ignore them.
      </p>
    ) : null;
  }
  if (!wanted && schemas.choices.length === 0) return null;
  const error = schemas.error ? 'The custom-field schemas could not be loaded.' : undefined;
  return (
    <div className="bulk-select">
      <FormField
        label="Custom-field schema"
        kind="select"
        error={error}
        help="The custom-field columns are read with this schema’s fields and rules; a row whose Schema id names another schema is a problem."
      >
        {(control) => (
          <select
            {...control}
            value={value}
            disabled={disabled || schemas.loading}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{schemas.loading ? 'Loading schemas…' : 'No custom fields'}</option>
            {schemas.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}
