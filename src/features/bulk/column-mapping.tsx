import { FormField } from '@/ui/form-field';
import { customFieldKeyOf } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';
import { importKind, type ImportEntity } from './import-entity';
import './bulk.css';

/**
 * One select per column of the file: which field of the record kind it fills, one of the chosen schema's
 * custom fields, or ignored. A custom field the file names but the schema lacks stays offered
 * (marked so), so the select shows what was mapped and the mapping's problem says why.
 */
export function ColumnMappingFields({
  headers,
  mapping,
  onChange,
  disabled,
  customFields = [],
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: string[]) => void;
  disabled: boolean;
  /** The chosen schema's fields, by mapping key (`customFields.<key>`). */
  customFields?: readonly { key: string; label: string }[];
}) {
  const offered = new Set(customFields.map((field) => field.key));
  const strays = [
    ...new Set(mapping.filter((key) => customFieldKeyOf(key) !== null && !offered.has(key))),
  ];
  return (
    <div className="mapping-grid">
      {headers.map((header, index) => (
        <FormField
          key={index}
          label={`Column ${index + 1}: ${header || '(no name)'}`}
          kind="select"
          required
        >
          {(control) => (
            <select
              {...control}
              value={mapping[index] ?? ''}
              disabled={disabled}
              onChange={(event) => {
                const next = [...mapping];
                next[index] = event.target.value;
                onChange(next);
              }}
            >
              <option value="">Ignore this column</option>
              {importKind(entity).importable.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.header}
                </option>
              ))}
              {customFields.length + strays.length > 0 ? (
                <optgroup label="Custom fields">
                  {customFields.map((field) => (
                    <option key={field.key} value={field.key}>
                      {field.label}
                    </option>
                  ))}
                  {strays.map((key) => (
                    <option key={key} value={key}>
                      [{customFieldKeyOf(key)}] (not in the chosen schema)
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          )}
        </FormField>
      ))}
    </div>
  );
}
