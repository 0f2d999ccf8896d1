import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { GuxFormFieldCheckbox } from 'genesys-spark-components-react';
import { FieldHint, hintId } from './field-hint';

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
  return (
    <GuxFormFieldCheckbox>
      <input
        {...input}
        ref={ref}
        type="checkbox"
        id={id}
        slot="input"
        aria-invalid={Boolean(error)}
        aria-describedby={hintId(id, error, undefined)}
      />
      <FieldHint id={id} label={label} error={error} slotted />
    </GuxFormFieldCheckbox>
  );
}
