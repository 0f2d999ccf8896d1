import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState, type KeyboardEvent } from 'react';
import type { PlainControlProps } from './plain-field';

/**
 * A list of tags: type one and press Enter (or the Add button) to add it, remove each with its
 * own button. Only the list is the value; half-typed text is not a tag until added.
 */
export function TagListInput({
  value,
  onChange,
  onBlur,
  label,
  control,
  disabled,
}: {
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur: () => void;
  label: string;
  control: PlainControlProps;
  disabled?: boolean;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    if (tag === '') return;
    onChange([...value, tag]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds the tag instead of submitting the whole form.
      event.preventDefault();
      add();
    }
  };
  return (
    <div>
      {value.length > 0 ? (
        <ul className="tag-list" aria-label={`${label}: tags`}>
          {value.map((tag, index) => (
            <li key={`${tag}-${index}`}>
              <span>{tag}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                disabled={disabled}
                onClick={() => onChange(value.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-actions">
        <input
          type="text"
          {...control}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <GuxButtonSlot accent="secondary">
          <button type="button" onClick={add} disabled={disabled}>
            Add tag
          </button>
        </GuxButtonSlot>
      </div>
    </div>
  );
}
