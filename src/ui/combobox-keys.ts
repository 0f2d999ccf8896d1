import type { Dispatch, KeyboardEvent, SetStateAction } from 'react';

/**
 * The keyboard of a search-as-you-type combobox (WAI-ARIA 1.2 list autocomplete): Down opens the
 * list, then moves through it; Up moves back; Enter picks the active match (or the first) and never
 * submits the surrounding form from here; Escape closes.
 */
export function comboboxKeyDown(
  event: KeyboardEvent<HTMLInputElement>,
  state: {
    open: boolean;
    expanded: boolean;
    active: number;
    optionCount: number;
    setOpen: (open: boolean) => void;
    setActive: Dispatch<SetStateAction<number>>;
    pick: (index: number) => void;
    close: () => void;
  },
): void {
  const { open, expanded, active, optionCount, setOpen, setActive, pick, close } = state;
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    if (!open) setOpen(true);
    else setActive((current) => Math.min(current + 1, optionCount - 1));
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    setActive((current) => Math.max(current - 1, 0));
  } else if (event.key === 'Enter' && expanded) {
    event.preventDefault();
    pick(active >= 0 ? active : 0);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    close();
  }
}
