import { useId, useState } from 'react';
import { useDebouncedCallback } from '@/ui/use-debounced-callback';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Searches as the user types, one URL change per pause. The field follows the URL when it changes
 * from elsewhere (Back/Forward, a shared link) without fighting the user's typing.
 */
export function ContactSearchBox({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(q ?? '');
  const [shownQ, setShownQ] = useState(q);
  const debounced = useDebouncedCallback((value: string) => {
    const next = value.trim() || undefined;
    if (next !== q) onSearch(next);
  }, SEARCH_DEBOUNCE_MS);
  if (q !== shownQ) {
    setShownQ(q);
    if ((q ?? '') !== text.trim()) setText(q ?? '');
  }
  return (
    <div className="search-field" role="search">
      <label htmlFor={id}>Search contacts</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Name, email, phone, title, organization…"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          debounced.call(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            debounced.cancel();
            const next = text.trim() || undefined;
            if (next !== q) onSearch(next);
          }
        }}
      />
    </div>
  );
}
