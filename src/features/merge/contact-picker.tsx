import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useServices } from '@/app/services';
import { contactApi } from '@/features/contacts';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import { fieldsOfKind, fieldValue, formatFieldValue } from '@/models/record-fields';
import { comboboxKeyDown } from '@/ui/combobox-keys';
import { ComboboxListbox } from '@/ui/combobox-listbox';
import { useDebouncedCallback } from '@/ui/use-debounced-callback';

const PICKER_DEBOUNCE_MS = 250;
const PICKER_PAGE_SIZE = 10;
const EMAIL_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'email');

/** The first email a contact has: with the name and type, enough to tell duplicates apart. */
const firstEmail = (contact: ExternalContact) =>
  EMAIL_FIELDS.map((field) => formatFieldValue(field, fieldValue(contact, field))).find(Boolean);

/**
 * Adds contacts to a merge: the organization picker's combobox pattern (WAI-ARIA 1.2 list
 * autocomplete) over the contact search. Each pick is handed over and the input empties for the
 * next one; contacts already in the merge are not offered.
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
  const id = useId();
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const { api } = useServices();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedCallback((next: string) => {
    setQuery(next.trim());
    setActive(-1);
  }, PICKER_DEBOUNCE_MS);

  const search = useQuery({
    ...contactApi.listQueryOptions(api, {
      q: query || undefined,
      pageNumber: 1,
      pageSize: PICKER_PAGE_SIZE,
      sortOrder: undefined,
      divisionIds: undefined,
    }),
    enabled: open && query !== '',
  });
  const options = (search.data?.entities ?? []).filter(
    (contact) => !excludeIds.includes(contact.id),
  );
  const expanded = open && query !== '' && options.length > 0;

  const close = () => {
    debounced.cancel();
    setOpen(false);
    setActive(-1);
  };
  const pick = (index: number) => {
    const contact = options[index];
    if (!contact) return;
    onPick(contact);
    setText('');
    setQuery('');
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    comboboxKeyDown(event, {
      open,
      expanded,
      active,
      optionCount: options.length,
      setOpen,
      setActive,
      pick,
      close,
    });
  const status =
    !open || query === ''
      ? ''
      : search.isFetching && options.length === 0
        ? 'Searching…'
        : search.isError
          ? 'The contacts could not be searched.'
          : options.length === 0 && search.isSuccess
            ? `No other contacts match “${query}”.`
            : `${options.length} contacts shown.`;

  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-input-row">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
          aria-describedby={statusId}
          value={text}
          placeholder="Name, email, phone…"
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            debounced.call(event.target.value);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
      </div>
      <ComboboxListbox
        listboxId={listboxId}
        label={label}
        expanded={expanded}
        options={options}
        active={active}
        onPick={pick}
        onActivate={setActive}
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
      />
      <span id={statusId} className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
