import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface SchemaTab<Name extends string> {
  name: Name;
  label: string;
  panel: ReactNode;
}

/**
 * The WAI-ARIA tabs pattern (arrow keys move between tabs, Tab goes into the panel). Every panel
 * stays mounted, hidden when not shown, so the editor's unsaved draft survives a look at the
 * history.
 */
export function SchemaTabs<Name extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: SchemaTab<Name>[];
  selected: Name;
  onSelect: (name: Name) => void;
}) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((tab) => tab.name === selected);
    const step =
      event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowLeft'
          ? -1
          : event.key === 'Home'
            ? -at
            : event.key === 'End'
              ? tabs.length - 1 - at
              : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (at + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.name);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="schema-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.name}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.name}`}
            aria-selected={tab.name === selected}
            aria-controls={`${id}-panel-${tab.name}`}
            tabIndex={tab.name === selected ? 0 : -1}
            onClick={() => onSelect(tab.name)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.name}
          role="tabpanel"
          id={`${id}-panel-${tab.name}`}
          aria-labelledby={`${id}-tab-${tab.name}`}
          hidden={tab.name !== selected}
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
