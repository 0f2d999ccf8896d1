import { sortDirectionOf } from './search-params';

/** A column header that sorts the list, announcing its state through aria-sort. */
export function SortHeader<Field extends string>({
  label,
  field,
  sortOrder,
  onSort,
}: {
  label: string;
  field: Field;
  sortOrder: string | undefined;
  onSort: (field: Field) => void;
}) {
  const direction = sortDirectionOf(sortOrder, field);
  return (
    <th
      scope="col"
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
