import { useId, useState } from 'react';
import { useDebouncedCallback } from './use-debounced-callback';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Searches as the user types, one URL change per pause. The field follows the URL when it changes
 * from elsewhere (Back/Forward, a shared link) without fighting the user's typing.
 */
export function SearchBox({
  label,
  placeholder,
  q,
  onSearch,
}: {
  label: string;
  placeholder: string;
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(q ?? '');
  const [shownQ, setShownQ] = useState(q);
  // The search this box sent last: when the URL catches up with it, the user may have typed on,
  // and that text must stay. Only a q from elsewhere (Back, a link) replaces the text.
  const [sentQ, setSentQ] = useState<string | undefined>(undefined);
  const search = (next: string | undefined) => {
    if (next === q) return;
    setSentQ(next);
    onSearch(next);
  };
  const debounced = useDebouncedCallback(
    (value: string) => search(value.trim() || undefined),
    SEARCH_DEBOUNCE_MS,
  );
  if (q !== shownQ) {
    setShownQ(q);
    if (q === sentQ) setSentQ(undefined);
    else if ((q ?? '') !== text.trim()) setText(q ?? '');
  }
  return (
    <div className="search-field" role="search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          debounced.call(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            debounced.cancel();
            search(text.trim() || undefined);
          }
        }}
      />
    </div>
  );
}
