import { FormField } from '@/ui/form-field';
import { IMPORTABLE_COLUMNS } from './contact-csv-columns';
import type { ColumnMapping } from './header-mapping';
import './bulk.css';

/** One select per column of the file: which contact field it fills, or ignored. */
export function ColumnMappingFields({
  headers,
  mapping,
  onChange,
  disabled,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: string[]) => void;
  disabled: boolean;
}) {
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
              {IMPORTABLE_COLUMNS.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.header}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ))}
    </div>
  );
}
