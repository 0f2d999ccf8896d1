import { Controller, useFormContext, type FieldErrors } from 'react-hook-form';
import type { JsonSchemaDocument } from '@/models/data-schema';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormField } from '@/ui/form-field';
import { schemaFields, type CustomFieldsFormPart, type SchemaField } from './custom-field-values';
import { fieldConstraintText } from './field-help';
import { PlainField } from './plain-field';
import { TagListInput } from './tag-list-input';

function errorOf(errors: FieldErrors<CustomFieldsFormPart>, key: string): string | undefined {
  const node = (errors.customFields as Record<string, { message?: unknown }> | undefined)?.[key];
  return typeof node?.message === 'string' ? node.message : undefined;
}

function enabledEnumValues(field: SchemaField, current: unknown): string[] {
  const values = field.definition.enum ?? [];
  // A disabled value stays listed only while the record still holds it, so it is not lost silently.
  return values.filter(
    (value) => field.definition._enumProperties?.[value]?._disabled !== true || value === current,
  );
}

/**
 * The input of one custom field by its core type, inside a react-hook-form form whose values hold
 * `customFields.<key>` as CustomFieldFormValue (text; a boolean for a checkbox; a list of strings
 * for tags). Its error shows once the user has left the input or tried to submit, never while
 * the form is still untouched; its help is the schema's description plus the field's limits.
 */
export function CustomFieldValueInput({
  field,
  disabled = false,
}: {
  field: SchemaField;
  disabled?: boolean;
}) {
  const { register, control, watch, getFieldState, formState } =
    useFormContext<CustomFieldsFormPart>();
  const name = `customFields.${field.key}` as const;
  const { isTouched } = getFieldState(name, formState);
  const error =
    isTouched || formState.isSubmitted ? errorOf(formState.errors, field.key) : undefined;
  const help = fieldConstraintText(field);
  const common = { label: field.label, error, help, required: field.required };
  switch (field.coreType) {
    case 'text':
    case 'identifier':
    case 'url':
      return (
        <FormField {...common}>
          {(props) => (
            <input
              type="text"
              autoComplete="off"
              inputMode={field.coreType === 'url' ? 'url' : undefined}
              disabled={disabled}
              {...props}
              {...register(name)}
            />
          )}
        </FormField>
      );
    case 'integer':
    case 'number':
      return (
        <FormField {...common}>
          {(props) => (
            <input
              type="number"
              step={field.coreType === 'integer' ? 1 : 'any'}
              min={field.definition.minimum}
              max={field.definition.maximum}
              disabled={disabled}
              {...props}
              {...register(name)}
            />
          )}
        </FormField>
      );
    case 'enum': {
      const current = watch(name);
      const titles = field.definition._enumProperties ?? {};
      return (
        <FormField {...common} kind="select">
          {(props) => (
            <select disabled={disabled} {...props} {...register(name)}>
              <option value="">{field.required ? 'Choose a value' : 'No value'}</option>
              {enabledEnumValues(field, current).map((value) => (
                <option key={value} value={value}>
                  {titles[value]?.title ?? value}
                  {titles[value]?._disabled ? ' (disabled)' : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    }
    case 'longtext':
      return (
        <PlainField {...common}>
          {(props) => <textarea rows={4} disabled={disabled} {...props} {...register(name)} />}
        </PlainField>
      );
    case 'date':
      return (
        <PlainField {...common}>
          {(props) => <input type="date" disabled={disabled} {...props} {...register(name)} />}
        </PlainField>
      );
    case 'datetime':
      return (
        <PlainField {...common} help={[help, 'In your time zone.'].filter(Boolean).join(' ')}>
          {(props) => (
            <input
              type="datetime-local"
              step={1}
              disabled={disabled}
              {...props}
              {...register(name)}
            />
          )}
        </PlainField>
      );
    case 'checkbox':
      return (
        <div>
          <CheckboxField
            label={field.required ? `${field.label} (required)` : field.label}
            error={error}
            disabled={disabled}
            {...register(name)}
          />
          {field.definition.description ? (
            <span className="field-help">{field.definition.description}</span>
          ) : null}
        </div>
      );
    case 'tag':
      return (
        <PlainField {...common}>
          {(props) => (
            <Controller
              control={control}
              name={name}
              render={({ field: input }) => (
                <TagListInput
                  label={field.label}
                  control={props}
                  disabled={disabled}
                  value={Array.isArray(input.value) ? input.value : []}
                  onChange={input.onChange}
                  onBlur={input.onBlur}
                />
              )}
            />
          )}
        </PlainField>
      );
  }
}

/** One input per field of the schema, in the schema's order, inside the surrounding RHF form. */
export function CustomFieldInputs({
  document,
  disabled = false,
}: {
  document: JsonSchemaDocument;
  disabled?: boolean;
}) {
  const fields = schemaFields(document);
  if (fields.length === 0) return <p className="muted">This schema has no fields yet.</p>;
  return (
    <div className="form-grid">
      {fields.map((field) => (
        <CustomFieldValueInput key={field.key} field={field} disabled={disabled} />
      ))}
    </div>
  );
}
