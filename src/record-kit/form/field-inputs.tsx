import { Controller, useFormContext } from 'react-hook-form';
import type { ReactNode } from 'react';
import { ADDRESS_PARTS, type RecordField } from '@/models/record-fields';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormField } from '@/ui/form-field';
import { TextareaField } from '@/ui/textarea-field';
import { errorAt } from '@/ui/forms/error-at';
import { PHONE_COUNTRIES } from '@/models/phone-countries';

export interface ReferenceInputProps {
  field: RecordField;
  value: { id: string; name?: string | undefined } | null;
  onChange: (value: { id: string; name?: string | undefined } | null) => void;
  error: string | undefined;
}

/** How a reference field is picked (the contact's organization picker): the feature's. */
export type ReferenceInput = (props: ReferenceInputProps) => ReactNode;

const INPUT_MODES = { phone: 'tel', url: 'url', number: 'numeric' } as const;

/** The inputs of one form section: one per field, by its kind. */
export function FieldInputs({
  fields,
  reference,
}: {
  fields: readonly RecordField[];
  reference?: ReferenceInput | undefined;
}) {
  const { register, control, formState } = useFormContext();
  const errors = formState.errors;
  const input = (
    name: string,
    label: string,
    options: { type?: 'text' | 'email'; autoComplete?: string; inputMode?: string } = {},
    extra: { required?: boolean | undefined; help?: string | undefined } = {},
  ) => (
    <FormField
      key={name}
      label={label}
      error={errorAt(errors, name)}
      required={extra.required ?? false}
      help={extra.help}
    >
      {(control) => (
        <input
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode as 'tel' | 'url' | 'numeric' | undefined}
          {...control}
          {...register(name)}
        />
      )}
    </FormField>
  );

  /** A native control's label, message and registration: the checkbox's and the textarea's. */
  const labelled = (field: RecordField) => ({
    label: field.label,
    error: errorAt(errors, field.key),
    ...register(field.key),
  });

  const grid: ReactNode[] = [];
  const after: ReactNode[] = [];
  if (fields.some((field) => field.kind === 'phone')) {
    grid.push(
      <FormField
        key="phoneCountry"
        label="Phone country"
        kind="select"
        error={errorAt(errors, 'phoneCountry')}
        help="Used to read numbers typed without a + and country code."
      >
        {(control) => (
          <select {...control} {...register('phoneCountry')}>
            <option value="">None: numbers start with +</option>
            {PHONE_COUNTRIES.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </FormField>,
    );
  }
  for (const field of fields) {
    const common = { required: field.required, help: field.help };
    switch (field.kind) {
      case 'phone':
        grid.push(
          input(`${field.key}.display`, field.label, { inputMode: INPUT_MODES.phone }, common),
        );
        break;
      case 'address':
        for (const part of ADDRESS_PARTS)
          grid.push(input(`${field.key}.${part.key}`, part.label, part));
        break;
      case 'twitter':
        grid.push(input(`${field.key}.screenName`, field.label, {}, common));
        break;
      case 'email':
        grid.push(input(field.key, field.label, { type: 'email' }, common));
        break;
      case 'url':
      case 'number':
        grid.push(input(field.key, field.label, { inputMode: INPUT_MODES[field.kind] }, common));
        break;
      case 'boolean':
        after.push(<CheckboxField key={field.key} {...labelled(field)} />);
        break;
      case 'textList':
        grid.push(<TextareaField key={field.key} help="One per line." {...labelled(field)} />);
        break;
      case 'reference':
        if (reference)
          after.push(
            <Controller
              key={field.key}
              name={field.key}
              control={control}
              render={({ field: controlled, fieldState }) => (
                <>
                  {reference({
                    field,
                    value: controlled.value as ReferenceInputProps['value'],
                    onChange: controlled.onChange,
                    error: fieldState.error?.message,
                  })}
                </>
              )}
            />,
          );
        break;
      default:
        grid.push(
          input(
            field.key,
            field.label,
            field.autoComplete ? { autoComplete: field.autoComplete } : {},
            common,
          ),
        );
    }
  }
  return (
    <>
      {grid.length > 0 ? <div className="form-grid">{grid}</div> : null}
      {after}
    </>
  );
}
