import { useFormContext } from 'react-hook-form';
import { organizationReferenceInput } from '@/features/organizations';
import type { RecordField } from '@/models/record-fields';
import { FieldInputs } from '@/record-kit/form/field-inputs';
import { FormField } from '@/ui/form-field';
import { errorAt } from '@/ui/forms/error-at';
import type { EnrichKind } from './enrich-kinds';
import { typedFields } from './enrich-request';

/** A yes/no field as three choices: an unticked box would say "no" when nothing was meant. */
function FlagField({ field }: { field: RecordField }) {
  const { register, formState } = useFormContext();
  return (
    <FormField label={field.label} kind="select" error={errorAt(formState.errors, field.key)}>
      {(control) => (
        <select {...control} {...register(field.key)}>
          <option value="">Not given</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      )}
    </FormField>
  );
}

/**
 * The record's data, typed with the record form's own inputs (src/record-kit), section by
 * section. Every input may stay empty: an empty input is "not given", never "clear it" (only
 * the Always use provided rule clears what is not given).
 */
export function RecordDataFields({ kind }: { kind: EnrichKind }) {
  const typed = typedFields(kind);
  const sections = [...new Set(kind.fields.map((field) => field.section))];
  return (
    <>
      {sections.map((section) => {
        const inputs = typed.filter((field) => field.section === section);
        const flags = kind.fields.filter(
          (field) => field.section === section && field.kind === 'boolean',
        );
        return (
          <fieldset key={section} className="form-section">
            <legend>{section}</legend>
            <FieldInputs fields={inputs} reference={organizationReferenceInput} />
            {flags.length > 0 ? (
              <div className="form-grid">
                {flags.map((field) => (
                  <FlagField key={field.key} field={field} />
                ))}
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </>
  );
}
