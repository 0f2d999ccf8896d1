import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { FieldInputs } from '@/record-kit/form/field-inputs';
import { formFields } from '@/record-kit/form/record-form-values';
import { errorAt } from '@/ui/forms/error-at';
import { ActionChoice } from './bulk-edit-action-choice';
import type { BulkEditEntity } from './bulk-edit-entities';
import type { BulkEditValues } from './bulk-edit-form-rules';

/**
 * The entity's editable fields, section by section as the record form groups them: Keep, Set or
 * Clear for each, and for each field to set the record form's own input (by the field's kind).
 */
export function BulkEditFields({
  entity,
  customFields,
}: {
  entity: BulkEditEntity;
  /** The custom fields' section, last. */
  customFields: ReactNode;
}) {
  const { watch, formState } = useFormContext<BulkEditValues>();
  const actions = watch('actions');
  const fields = formFields(entity.fields);
  const sections = [...new Set(fields.map((field) => field.section))];
  const nothingChosen = errorAt(formState.errors, 'actions');
  return (
    <div className="form-sections bulk-edit-sections">
      {nothingChosen ? (
        <GuxInlineAlert accent="error">
          <div role="alert">{nothingChosen}</div>
        </GuxInlineAlert>
      ) : null}
      {sections.map((section) => {
        const inSection = fields.filter((field) => field.section === section);
        const toSet = inSection.filter((field) => actions[field.key] === 'set');
        return (
          <fieldset key={section} className="form-section">
            <legend>{section}</legend>
            <div className="bulk-edit-choices">
              {inSection.map((field) => (
                <ActionChoice
                  key={field.key}
                  name={`actions.${field.key}`}
                  label={field.label}
                  canClear={!field.required && field.kind !== 'boolean'}
                />
              ))}
            </div>
            <FieldInputs fields={toSet} reference={entity.reference} />
            {toSet.some((field) => field.kind === 'address') ? (
              <p className="muted">Address parts left empty keep each record’s own.</p>
            ) : null}
            {toSet.some((field) => field.kind === 'textList') ? (
              <p className="muted">A list typed here replaces each record’s whole list.</p>
            ) : null}
          </fieldset>
        );
      })}
      {customFields}
    </div>
  );
}
