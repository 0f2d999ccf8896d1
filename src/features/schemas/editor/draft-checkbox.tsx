import type { CSSProperties } from 'react';
import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form';
import type { SchemaDraft } from './schema-draft';

/**
 * A checkbox of the schema draft. Controlled (not registered) so a read-only editor can show it
 * disabled while its value stays in the form, and the preview and JSON view keep seeing it.
 */
export function DraftCheckbox({
  name,
  label,
  disabled,
  style,
}: {
  name: FieldPathByValue<SchemaDraft, boolean>;
  label: string;
  disabled: boolean;
  style?: CSSProperties;
}) {
  const { control } = useFormContext<SchemaDraft>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <label style={style}>
          <input
            type="checkbox"
            name={field.name}
            ref={field.ref}
            checked={field.value}
            disabled={disabled}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.checked)}
          />{' '}
          {label}
        </label>
      )}
    />
  );
}
