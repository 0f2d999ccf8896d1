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
        <label key={index}>
          <span>
            Column {index + 1}: <strong>{header || '(no name)'}</strong>
          </span>
          <select
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
        </label>
      ))}
    </div>
  );
}
