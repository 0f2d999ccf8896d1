import { useId, type ReactElement } from 'react';
import '../schemas.css';

export interface PlainControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

/**
 * The label/error/help wiring of FormField for controls Spark's text-like field does not take
 * (textarea, date, datetime-local, the tag list): same ARIA contract, plain HTML.
 */
export function PlainField({
  label,
  error,
  help,
  required,
  children,
}: {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
  children: (control: PlainControlProps) => ReactElement;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="plain-field">
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
        'aria-required': required || undefined,
      })}
      {help ? (
        <span className="field-help" id={helpId}>
          {help}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
