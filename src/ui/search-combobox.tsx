import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { comboboxKeyDown } from './combobox-keys';
import { ComboboxListbox } from './combobox-listbox';
import { FieldHint } from './field-hint';
import { useDebouncedCallback } from './use-debounced-callback';
import './picker.css';

export const SEARCH_DEBOUNCE_MS = 250;

interface Listing {
  entities?: { id: string }[] | undefined;
}

/** One entity of a listing. */
type OptionOf<Data extends Listing> = NonNullable<Data['entities']>[number];

export interface SearchComboboxProps<Data extends Listing, Key extends QueryKey> {
  label: string;
  placeholder: string;
  /** Plural noun for the announcements ("organizations"). */
  noun: string;
  /** The search for the typed text; it runs only while the list is open. */
  searchQuery: (query: string) => UseQueryOptions<Data, Error, Data, Key>;
  /** Whether an empty text searches too (the first page of everything) or waits for a letter. */
  searchWhenEmpty: boolean;
  /** What the input shows while the user is not typing: the chosen option's name, or nothing. */
  chosenText: string;
  /** Options that may not be picked (the record itself, contacts already chosen). */
  offered?: ((option: OptionOf<Data>) => boolean) | undefined;
  renderOption: (option: OptionOf<Data>) => ReactNode;
  onPick: (option: OptionOf<Data>) => void;
  /** With a choice made, a Clear button calls this. */
  onClear?: (() => void) | undefined;
  error?: string | undefined;
  help?: string | undefined;
  disabled?: boolean | undefined;
}

/**
 * A search-as-you-type combobox (WAI-ARIA 1.2 list autocomplete) over a listing query: typing
 * searches, debounced; arrows move through the matches, Enter picks, Escape closes and puts back
 * what was chosen. Focus stays in the input; the active option is announced through
 * aria-activedescendant and the number of matches through a status line.
 */
export function SearchCombobox<Data extends Listing, Key extends QueryKey>({
  label,
  placeholder,
  noun,
  searchQuery,
  searchWhenEmpty,
  chosenText,
  offered,
  renderOption,
  onPick,
  onClear,
  error,
  help,
  disabled = false,
}: SearchComboboxProps<Data, Key>) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const [text, setText] = useState(chosenText);
  const [shownChoice, setShownChoice] = useState(chosenText);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedCallback((next: string) => {
    setQuery(next.trim());
    setActive(-1);
  }, SEARCH_DEBOUNCE_MS);

  // The choice can change from outside (a pick, a form reset, a save): show it.
  if (chosenText !== shownChoice) {
    setShownChoice(chosenText);
    setText(chosenText);
  }

  const searching = open && !disabled && (searchWhenEmpty || query !== '');
  const search = useQuery({ ...searchQuery(query), enabled: searching });
  const options = (search.data?.entities ?? []).filter((option) => offered?.(option) ?? true);
  const expanded = searching && options.length > 0;

  const close = () => {
    debounced.cancel();
    setOpen(false);
    setActive(-1);
    setText(chosenText);
  };
  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    onPick(option);
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

  const status = !searching
    ? ''
    : search.isFetching && options.length === 0
      ? 'Searching…'
      : search.isError
        ? `The ${noun} could not be searched.`
        : options.length === 0 && search.isSuccess
          ? query
            ? `No ${noun} match “${query}”.`
            : `No ${noun}.`
          : `${options.length} ${noun} shown.`;

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
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : help ? `${id}-help` : '', statusId]
            .filter(Boolean)
            .join(' ')}
          disabled={disabled}
          value={text}
          placeholder={placeholder}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            debounced.call(event.target.value);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {onClear && chosenText !== '' && !disabled ? (
          <button
            type="button"
            className="picker-clear"
            aria-label={`Clear ${label.toLowerCase()}`}
            onClick={() => {
              onClear();
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
        renderOption={renderOption}
      />
      <span id={statusId} className="visually-hidden" role="status">
        {status}
      </span>
      <FieldHint id={id} error={error} help={help} />
    </div>
  );
}
