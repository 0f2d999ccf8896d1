import { useFormContext } from 'react-hook-form';
import { FormField } from '@/ui/form-field';
import { CustomFieldInputs } from './custom-field-inputs';
import { emptyFormValue, schemaFields, type CustomFieldsFormPart } from './custom-field-values';
import type { CustomFieldSchemas } from './use-custom-field-schemas';

/**
 * The "Custom fields" part of a contact or organization form: a schema picker (enabled schemas,
 * the record's own schema even when disabled, and "No schema") and the chosen schema's inputs.
 * The surrounding form must be inside a FormProvider, hold the fields of CustomFieldsFormPart,
 * and use `schemas.wrapResolver` / `schemas.applyTo` from the same useCustomFieldSchemas call.
 */
export function CustomFieldsSection({
  schemas,
  disabled = false,
}: {
  schemas: CustomFieldSchemas;
  disabled?: boolean;
}) {
  const {
    register,
    watch,
    getValues,
    setValue,
    formState: { errors },
  } = useFormContext<CustomFieldsFormPart>();
  const schemaId = watch('schemaId');
  const chosen = schemas.choiceFor(schemaId);

  if (!schemas.canView) {
    return (
      <fieldset className="form-section">
        <legend>Custom fields</legend>
        <p className="muted">
          Your roles do not include viewing custom-field schemas, so custom fields cannot be edited
          here. Saving keeps the record&apos;s schema and custom field values as they are.
        </p>
      </fieldset>
    );
  }

  // Switching schema keeps what was typed in fields both schemas share (same key = same type).
  const registerSchema = register('schemaId', {
    onChange: () => {
      const next = schemas.choiceFor(getValues('schemaId'));
      const previous = getValues('customFields');
      const values: CustomFieldsFormPart['customFields'] = {};
      for (const field of next ? schemaFields(next.document) : []) {
        values[field.key] = previous[field.key] ?? emptyFormValue(field.coreType);
      }
      setValue('customFields', values, { shouldDirty: true });
    },
  });

  return (
    <fieldset className="form-section">
      <legend>Custom fields</legend>
      {schemas.error ? (
        <p role="alert">The custom-field schemas could not be loaded. Try again later.</p>
      ) : null}
      {schemas.loading ? (
        // The select mounts only with its options, so the form's value is shown, not lost.
        <p className="muted" role="status">
          Loading the custom-field schemas…
        </p>
      ) : (
        <div className="form-grid">
          <FormField
            label="Schema"
            kind="select"
            error={errors.schemaId?.message}
            help="Disabled schemas are not offered; a record already on one keeps it."
          >
            {(control) => (
              <select disabled={disabled} {...control} {...registerSchema}>
                <option value="">No schema</option>
                {schemas.choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}
      {chosen ? (
        <div style={{ marginTop: 12 }}>
          <CustomFieldInputs document={chosen.document} disabled={disabled} />
        </div>
      ) : null}
    </fieldset>
  );
}
