import type { ReactNode } from 'react';
import type { ContactColumn } from './contact-columns';
import type { ExternalContact } from './contact-model';
import { contactName } from './format';
import { parseSortOrder, type SortField, type SortOrder } from './search-params';

interface ContactsTableProps {
  caption: string;
  columns: readonly ContactColumn[];
  contacts: ExternalContact[];
  sortOrder: SortOrder | undefined;
  onSort: (field: SortField) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onIntent: (contactId: string) => void;
  /** The rows on screen belong to the previous search while the next one loads. */
  stale: boolean;
  /** Shown in the body when there are no rows (loading, empty). */
  message?: ReactNode;
}

export function ContactsTable({
  caption,
  columns,
  contacts,
  sortOrder,
  onSort,
  selected,
  onSelect,
  onIntent,
  stale,
  message,
}: ContactsTableProps) {
  const sort = parseSortOrder(sortOrder);
  const pageIds = contacts.map((contact) => contact.id);
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  const header = (column: ContactColumn) => {
    const field = column.sortField;
    if (!field) {
      return (
        <th key={column.id} scope="col">
          {column.label}
        </th>
      );
    }
    const direction = sort?.field === field ? sort.direction : null;
    return (
      <th
        key={column.id}
        scope="col"
        aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
      >
        <button type="button" className="sort-button" onClick={() => onSort(field)}>
          {column.label}
          <span className="sort-indicator" aria-hidden="true">
            {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <table className={`data-table${stale ? ' is-stale' : ''}`} aria-busy={stale}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label="Select all contacts on this page"
                checked={allSelected}
                disabled={pageIds.length === 0}
                onChange={(event) => onSelect(pageIds, event.target.checked)}
              />
            </th>
            {columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {contacts.length === 0 && message ? (
            <tr>
              <td colSpan={columns.length + 1} className="table-message">
                {message}
              </td>
            </tr>
          ) : null}
          {contacts.map((contact) => {
            const name = contactName(contact);
            return (
              <tr
                key={contact.id}
                onMouseEnter={() => onIntent(contact.id)}
                onFocus={() => onIntent(contact.id)}
              >
                <td className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={`Select ${name}`}
                    checked={selected.has(contact.id)}
                    onChange={(event) => onSelect([contact.id], event.target.checked)}
                  />
                </td>
                {columns.map((column) => (
                  <td key={column.id}>{column.render(contact)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
