/**
 * What a field says under its input, for aria-describedby: its error, or without one its help.
 * `slotted` puts them in a Spark form field's error/help slots (with the label in its slot);
 * otherwise they are plain spans under a native control.
 */
export function FieldHint({
  id,
  label,
  error,
  help,
  slotted = false,
}: {
  id: string;
  label?: string;
  error?: string | undefined;
  help?: string | undefined;
  slotted?: boolean;
}) {
  return (
    <>
      {label !== undefined ? (
        <label slot="label" htmlFor={id}>
          {label}
        </label>
      ) : null}
      {/* Two places, not one ternary: React would turn the help span into the error span in
          place, and Spark notices a slotted error only when an element arrives in its slot. */}
      {error ? (
        <span id={`${id}-error`} {...(slotted ? { slot: 'error' } : { className: 'field-error' })}>
          {error}
        </span>
      ) : null}
      {help && !error ? (
        <span id={`${id}-help`} {...(slotted ? { slot: 'help' } : { className: 'muted' })}>
          {help}
        </span>
      ) : null}
    </>
  );
}

/** The id a control's aria-describedby names: its error's, else its help's. */
export const hintId = (id: string, error: string | undefined, help: string | undefined) =>
  error ? `${id}-error` : help ? `${id}-help` : undefined;
