import { useId, type TextareaHTMLAttributes, type Ref } from 'react';
import { FieldHint, hintId } from './field-hint';

/**
 * A labelled textarea with help and error text wired through aria-describedby. Native markup:
 * the shared FormField wraps Spark's text-like field, which does not take a textarea.
 */
export function TextareaField({
  label,
  help,
  error,
  ref,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  help?: string;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  const id = useId();
  const describedBy = hintId(id, error, help);
  return (
    <div className="textarea-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        {...textarea}
      />
      <FieldHint id={id} error={error} help={help} />
    </div>
  );
}
