import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { GuxFormFieldCheckbox } from 'genesys-spark-components-react';

/** FormField's counterpart for a single checkbox (Spark's checkbox field has its own wrapper). */
export function CheckboxField({
  label,
  error,
  ref,
  ...input
}: {
  label: string;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'slot'>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <GuxFormFieldCheckbox>
      <input
        {...input}
        ref={ref}
        type="checkbox"
        id={id}
        slot="input"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
      />
      <label slot="label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <span slot="error" id={errorId}>
          {error}
        </span>
      ) : null}
    </GuxFormFieldCheckbox>
  );
}
