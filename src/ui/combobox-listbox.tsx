import type { ReactNode } from 'react';
import './picker.css';

/**
 * The listbox of a search-as-you-type combobox (WAI-ARIA 1.2 list autocomplete): rendered while
 * closed too, so the input's aria-controls always names an element that exists; options are
 * `${listboxId}-${index}` for aria-activedescendant.
 */
export function ComboboxListbox<T extends { id: string }>({
  listboxId,
  label,
  expanded,
  options,
  active,
  onPick,
  onActivate,
  renderOption,
}: {
  listboxId: string;
  label: string;
  expanded: boolean;
  options: readonly T[];
  active: number;
  onPick: (index: number) => void;
  onActivate: (index: number) => void;
  renderOption: (option: T) => ReactNode;
}) {
  return (
    <ul
      id={listboxId}
      role="listbox"
      aria-label={`${label} matches`}
      className="picker-listbox"
      hidden={!expanded}
    >
      {expanded
        ? options.map((option, index) => (
            <li
              key={option.id}
              id={`${listboxId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(index);
              }}
              onMouseEnter={() => onActivate(index)}
            >
              {renderOption(option)}
            </li>
          ))
        : null}
    </ul>
  );
}
