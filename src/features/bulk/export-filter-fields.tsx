import { useId, type ReactElement, type ReactNode } from 'react';
import type { FilterChoice } from './export-filter-options';
import './export-jobs.css';

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/**
 * A filter's label above its control, with help and error wired as FormField does. Plain
 * controls: Spark's text-like field takes no date input, and its "optional" mark runs into a long
 * label in a narrow column.
 */
export function FilterField({
  label,
  help,
  error,
  children,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  children: (control: ControlProps) => ReactElement;
}) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="export-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {help ? (
        <span className="export-field-help" id={`${id}-help`}>
          {help}
        </span>
      ) : null}
      {error ? (
        <span className="export-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function DayField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <FilterField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FilterField>
  );
}

export function ChoiceSelect({
  label,
  value,
  anyLabel,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  anyLabel: string;
  choices: readonly FilterChoice[];
  onChange: (value: string) => void;
}) {
  return (
    <FilterField label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{anyLabel}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
}

export function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="export-filter-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
