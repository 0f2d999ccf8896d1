import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { ExternalContact } from './contact-model';
import { ContactTypeBadge } from './contact-type-badge';
import { contactName, primaryPhone } from './format';
import { parseSortOrder, type SortField, type SortOrder } from './search-params';

interface ContactsTableProps {
  caption: string;
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

const COLUMN_COUNT = 7;

export function ContactsTable({
  caption,
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

  const sortHeader = (label: string, field: SortField) => {
    const direction = sort?.field === field ? sort.direction : null;
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
            {sortHeader('Name', 'lastName')}
            <th scope="col">Type</th>
            {sortHeader('Title', 'title')}
            <th scope="col">Organization</th>
            <th scope="col">Work email</th>
            <th scope="col">Phone</th>
          </tr>
        </thead>
        <tbody>
          {contacts.length === 0 && message ? (
            <tr>
              <td colSpan={COLUMN_COUNT} className="table-message">
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
                <td>
                  <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                    {name}
                  </Link>
                </td>
                <td>
                  <ContactTypeBadge type={contact.type} />
                </td>
                <td>{contact.title}</td>
                <td>{contact.externalOrganization?.name}</td>
                <td>{contact.workEmail}</td>
                <td>{primaryPhone(contact)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
