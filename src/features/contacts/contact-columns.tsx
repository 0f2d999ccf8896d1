import { Link } from '@tanstack/react-router';
import { useCallback, useState, type ReactNode } from 'react';
import type { ExternalContact } from './contact-model';
import { ContactTypeBadge } from './contact-type-badge';
import { contactName, formatDateTime, primaryPhone } from './format';
import type { SortField } from './search-params';

export interface ContactColumn {
  id: string;
  label: string;
  /** Set when the API can sort by this column. */
  sortField?: SortField;
  render: (contact: ExternalContact) => ReactNode;
}

/** Every column a contact table can show; the name column is always on (it holds the link). */
export const CONTACT_COLUMNS: readonly ContactColumn[] = [
  {
    id: 'name',
    label: 'Name',
    sortField: 'lastName',
    render: (contact) => (
      <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
        {contactName(contact)}
      </Link>
    ),
  },
  { id: 'type', label: 'Type', render: (contact) => <ContactTypeBadge type={contact.type} /> },
  { id: 'title', label: 'Title', sortField: 'title', render: (contact) => contact.title },
  {
    id: 'organization',
    label: 'Organization',
    render: (contact) =>
      contact.externalOrganization ? (
        <Link
          to="/organizations/$organizationId"
          params={{ organizationId: contact.externalOrganization.id }}
        >
          {contact.externalOrganization.name ?? contact.externalOrganization.id}
        </Link>
      ) : null,
  },
  { id: 'workEmail', label: 'Work email', render: (contact) => contact.workEmail },
  { id: 'personalEmail', label: 'Personal email', render: (contact) => contact.personalEmail },
  { id: 'phone', label: 'Phone', render: primaryPhone },
  { id: 'city', label: 'City', render: (contact) => contact.address?.city },
  { id: 'country', label: 'Country', render: (contact) => contact.address?.countryCode },
  { id: 'division', label: 'Division', render: (contact) => contact.division?.name },
  {
    id: 'modified',
    label: 'Modified',
    render: (contact) => formatDateTime(contact.modifyDate),
  },
];

export const DEFAULT_COLUMN_IDS = ['name', 'type', 'title', 'organization', 'workEmail', 'phone'];
const STORAGE_KEY = 'ecc.contacts.columns';

function readStoredColumns(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored)) {
      const known = stored.filter(
        (id): id is string =>
          typeof id === 'string' && CONTACT_COLUMNS.some((column) => column.id === id),
      );
      if (known.length > 0) return known.includes('name') ? known : ['name', ...known];
    }
  } catch {
    // A corrupt or blocked store only costs the user their column choice.
  }
  return DEFAULT_COLUMN_IDS;
}

/** The columns the user chose, kept in this browser (a preference, not part of a shared link). */
export function useContactColumns() {
  const [ids, setIds] = useState<string[]>(readStoredColumns);
  const setVisible = useCallback((next: string[]) => {
    const withName = next.includes('name') ? next : ['name', ...next];
    setIds(withName);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(withName));
    } catch {
      // Private mode or a full store: the choice still holds for this page.
    }
  }, []);
  const columns = CONTACT_COLUMNS.filter((column) => ids.includes(column.id));
  return { columns, visibleIds: ids, setVisible };
}
