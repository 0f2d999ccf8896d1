import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useServices } from '@/app/services';
import { userSearchQueryOptions } from './api';
import type { User } from './relationship-model';

interface UserPickerProps {
  label: string;
  value: User | null;
  onChange: (user: User | null) => void;
  error?: string | undefined;
}

const DEBOUNCE_MS = 250;

/**
 * An ARIA 1.2 combobox that searches users as you type: arrow keys move through the results,
 * Enter picks, Escape closes. Typing again after a pick clears the pick, so what the box shows
 * is always either the picked user or a search.
 */
export function UserPicker({ label, value, onChange, error }: UserPickerProps) {
  const { api } = useServices();
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(value?.name ?? '');
  const [searchText, setSearchText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Waits for a pause in typing so each keystroke does not send a search.
  useEffect(() => {
    const timer = setTimeout(() => setSearchText(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const search = useQuery({
    ...userSearchQueryOptions(api, searchText),
    enabled: open && searchText !== '',
  });
  const results = searchText === '' ? [] : (search.data?.results ?? []);
  const expanded = open && searchText !== '' && !value;

  const pick = (user: User) => {
    onChange(user);
    setText(user.name ?? user.email ?? user.id);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && expanded) {
      const user = results[active];
      if (user) {
        event.preventDefault();
        pick(user);
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  let status = '';
  if (expanded) {
    if (search.isError) status = 'The user search failed. Keep typing to try again.';
    else if (search.isFetching && results.length === 0) status = 'Searching users…';
    else if (results.length === 0) status = 'No user matches.';
    else status = `${results.length} users found.`;
  }

  return (
    <div className="user-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        aria-required
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} results`}
        hidden={!expanded || results.length === 0}
      >
        {results.map((user, index) => (
          <li
            key={user.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(user);
            }}
          >
            {user.name ?? user.id}
            {user.email ? <span className="muted"> · {user.email}</span> : null}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {expanded && results.length === 0 && status ? (
        <p className="muted user-picker-status">{status}</p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
