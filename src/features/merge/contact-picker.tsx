import { useServices } from '@/app/services';
import { contactApi } from '@/features/contacts';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import { fieldsOfKind, fieldValue, formatFieldValue } from '@/models/record-fields';
import { SearchCombobox } from '@/ui/search-combobox';

const PICKER_PAGE_SIZE = 10;
const EMAIL_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'email');

/** The first email a contact has: with the name and type, enough to tell duplicates apart. */
const firstEmail = (contact: ExternalContact) =>
  EMAIL_FIELDS.map((field) => formatFieldValue(field, fieldValue(contact, field))).find(Boolean);

/**
 * Adds contacts to a merge: each pick is handed over and the input empties for the next one;
 * contacts already in the merge are not offered.
 */
export function ContactPicker({
  label,
  excludeIds,
  onPick,
}: {
  label: string;
  excludeIds: readonly string[];
  onPick: (contact: ExternalContact) => void;
}) {
  const { api } = useServices();
  return (
    <SearchCombobox
      label={label}
      placeholder="Name, email, phone…"
      noun="contacts"
      searchQuery={(query) =>
        contactApi.listQueryOptions(api, {
          q: query || undefined,
          pageNumber: 1,
          pageSize: PICKER_PAGE_SIZE,
          sortOrder: undefined,
          divisionIds: undefined,
        })
      }
      searchWhenEmpty={false}
      chosenText=""
      offered={(contact) => !excludeIds.includes(contact.id)}
      renderOption={(contact) => (
        <>
          {contactName(contact)}
          <span className="muted">
            {' '}
            · {contact.type ?? 'Unknown type'}
            {firstEmail(contact) ? ` · ${firstEmail(contact)}` : ''}
          </span>
        </>
      )}
      onPick={onPick}
    />
  );
}
