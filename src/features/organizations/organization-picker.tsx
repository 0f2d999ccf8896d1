import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useServices } from '@/app/services';
import { comboboxKeyDown } from '@/ui/combobox-keys';
import { ComboboxListbox } from '@/ui/combobox-listbox';
import { useDebouncedCallback } from '@/ui/use-debounced-callback';
import { organizationListQueryOptions } from './api';
import { FieldHint } from '@/ui/field-hint';
import './organizations.css';

export interface OrganizationChoice {
  id: string;
  name?: string | undefined;
}

interface OrganizationPickerProps {
  label: string;
  value: OrganizationChoice | null;
  onChange: (value: OrganizationChoice | null) => void;
  error?: string | undefined;
  help?: string | undefined;
  disabled?: boolean;
  /** An organization that may not be picked (e.g. the record itself as its own trustor). */
  excludeId?: string | undefined;
}

export const PICKER_DEBOUNCE_MS = 250;
const PICKER_PAGE_SIZE = 10;

const shownName = (value: OrganizationChoice | null) => (value ? (value.name ?? value.id) : '');

/**
 * An accessible combobox (WAI-ARIA 1.2 list autocomplete): typing searches organizations by name,
 * debounced; arrows move through the matches, Enter picks, Escape closes and restores the chosen
 * name. Focus stays in the input; the active option is announced through aria-activedescendant.
 */
export function OrganizationPicker({
  label,
  value,
  onChange,
  error,
  help,
  disabled = false,
  excludeId,
}: OrganizationPickerProps) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const { api } = useServices();
  const [text, setText] = useState(shownName(value));
  const [shownValue, setShownValue] = useState(value);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedCallback((next: string) => {
    setQuery(next.trim());
    setActive(-1);
  }, PICKER_DEBOUNCE_MS);

  // The value can change from outside (form reset, a save): show its name.
  if (value?.id !== shownValue?.id || value?.name !== shownValue?.name) {
    setShownValue(value);
    setText(shownName(value));
  }

  const search = useQuery({
    ...organizationListQueryOptions(api, {
      q: query || undefined,
      pageNumber: 1,
      pageSize: PICKER_PAGE_SIZE,
      sortOrder: 'name:asc',
    }),
    enabled: open && !disabled,
  });
  const options = (search.data?.entities ?? []).filter((option) => option.id !== excludeId);
  const expanded = open && options.length > 0;

  const close = () => {
    debounced.cancel();
    setOpen(false);
    setActive(-1);
    setText(shownName(value));
  };
  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    const choice = { id: option.id, name: option.name };
    onChange(choice);
    setShownValue(choice);
    setText(shownName(choice));
    setOpen(false);
    setActive(-1);
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

  const status = !open
    ? ''
    : search.isFetching && options.length === 0
      ? 'Searching…'
      : search.isError
        ? 'The organizations could not be searched.'
        : options.length === 0 && search.isSuccess
          ? query
            ? `No organizations match “${query}”.`
            : 'No organizations.'
          : `${options.length} organizations shown.`;

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
          aria-invalid={Boolean(error)}
          aria-describedby={[error ? `${id}-error` : help ? `${id}-help` : '', statusId]
            .filter(Boolean)
            .join(' ')}
          disabled={disabled}
          value={text}
          placeholder="Type to search organizations"
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            debounced.call(event.target.value);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {value && !disabled ? (
          <button
            type="button"
            className="picker-clear"
            aria-label={`Clear ${label.toLowerCase()}`}
            onClick={() => {
              onChange(null);
              setShownValue(null);
              setText('');
              setQuery('');
            }}
          >
            Clear
          </button>
        ) : null}
      </div>
      <ComboboxListbox
        listboxId={listboxId}
        label={label}
        expanded={expanded}
        options={options}
        active={active}
        onPick={pick}
        onActivate={setActive}
        renderOption={(option) => (
          <>
            {option.name}
            {option.industry ? <span className="muted"> · {option.industry}</span> : null}
          </>
        )}
      />
      <span id={statusId} className="visually-hidden" role="status">
        {status}
      </span>
      <FieldHint id={id} error={error} help={help} />
    </div>
  );
}
