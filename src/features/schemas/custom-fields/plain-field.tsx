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
 * (textarea, date, datetime-local, the tag list): same ARIA contract, plain HTML, and the same
 * "*" / "(optional)" marks, so an optional date does not look required beside Spark's fields.
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
      {/* The marks sit beside the label, not in it: its text stays the field's name. They are
          Spark's marks ("*" / "(optional)"); aria-required tells assistive tech instead. */}
      <span className="plain-field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : (
          <span className="optional-mark" aria-hidden="true">
            {' '}
            (optional)
          </span>
        )}
      </span>
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
