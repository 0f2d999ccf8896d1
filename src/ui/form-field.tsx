import { useId, type ReactElement } from 'react';
import { GuxFormFieldSelect, GuxFormFieldTextLike } from 'genesys-spark-components-react';
import { FieldHint, hintId } from './field-hint';

/** What a slotted native control needs so the label, the error and assistive tech line up. */
export interface FieldControlProps {
  id: string;
  slot: 'input';
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FormFieldProps {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
  kind?: 'text' | 'select';
  children: (control: FieldControlProps) => ReactElement;
}

/**
 * One wrapper for every Spark form field: Spark shows the error slot but does not mark the slotted
 * control, so aria-invalid and aria-describedby are set here, once, for every form.
 */
export function FormField({
  label,
  error,
  help,
  required,
  kind = 'text',
  children,
}: FormFieldProps) {
  const id = useId();
  const describedBy = hintId(id, error, help);
  const control = children({
    id,
    slot: 'input',
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
  });
  const Wrapper = kind === 'select' ? GuxFormFieldSelect : GuxFormFieldTextLike;
  return (
    // Spark would put a short label ("City") beside its input; forms read better with all above.
    <Wrapper indicatorMark={required ? 'required' : 'optional'} labelPosition="above">
      {control}
      <FieldHint id={id} label={label} error={error} help={help} slotted />
    </Wrapper>
  );
}
