import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { CustomFieldValueInput, emptyFormValue } from '@/features/schemas';
import { ActionChoice } from './bulk-edit-action-choice';
import type { SelectionSchema, CustomFieldChoice } from './bulk-edit-custom-values';
import type { BulkEditEntity } from './bulk-edit-entities';
import type { BulkEditValues, CustomFieldContext } from './bulk-edit-form-rules';

/**
 * A custom field's new value, with the record form's input for its core type (a tag list, a
 * local date and time…). Every new value is asked for, so none is labelled optional; a
 * checkbox's "not ticked" is a value of its own.
 */
function NewValueInput({ field }: { field: CustomFieldChoice }) {
  const { getValues, setValue } = useFormContext<BulkEditValues>();
  const name = `customFields.${field.key}` as const;
  useEffect(() => {
    // The inputs expect their kind of value (a list for tags): start from the empty one.
    if (getValues(name) === undefined) setValue(name, emptyFormValue(field.coreType));
  }, [getValues, setValue, name, field.coreType]);
  return <CustomFieldValueInput field={{ ...field, required: field.coreType !== 'checkbox' }} />;
}

/**
 * The custom fields part of the form: offered only when every selected record is on the same
 * schema (see selectionSchema), with that schema's fields; otherwise it says why not.
 */
export function BulkEditCustomFields({
  entity,
  selection,
  canView,
  loading,
  failed,
  context,
}: {
  entity: BulkEditEntity;
  selection: SelectionSchema;
  canView: boolean;
  loading: boolean;
  failed: boolean;
  context: CustomFieldContext | null;
}) {
  const { watch } = useFormContext<BulkEditValues>();
  const actions = watch('customActions');
  const many = entity.noun.many;
  let content;
  if (!canView) {
    content = (
      <p className="muted">
        Your roles do not include viewing custom-field schemas, so custom fields cannot be changed
        here. They are kept as they are.
      </p>
    );
  } else if (selection.kind === 'none') {
    content = <p className="muted">None of the selected {many} has custom fields (no schema).</p>;
  } else if (selection.kind === 'mixed') {
    content = (
      <p className="muted">
        Custom fields can be changed together only for {many} on the same schema: the selection uses{' '}
        {selection.schemas} schemas
        {selection.withoutSchema > 0 ? `, and ${selection.withoutSchema} have none` : ''}. Select{' '}
        {many} of one schema to change their custom fields.
      </p>
    );
  } else if (loading) {
    content = (
      <p className="muted" role="status">
        Loading the custom-field schema…
      </p>
    );
  } else if (failed || !context) {
    content = (
      <p role="alert">
        The selection’s custom-field schema could not be loaded, so custom fields cannot be changed
        now.
      </p>
    );
  } else if (context.choices.length === 0) {
    content = <p className="muted">The schema {context.schema.name} has no fields.</p>;
  } else {
    const toSet = context.choices.filter((choice) => actions[choice.key] === 'set');
    content = (
      <>
        <p className="muted">
          Every selected {entity.noun.one} uses the schema {context.schema.name}.
        </p>
        <div className="bulk-edit-choices">
          {context.choices.map((choice) => (
            <ActionChoice
              key={choice.key}
              name={`customActions.${choice.key}`}
              label={choice.label}
              canClear={!choice.required && choice.coreType !== 'checkbox'}
            />
          ))}
        </div>
        {toSet.length > 0 ? (
          <div className="form-grid">
            {toSet.map((choice) => (
              <NewValueInput key={choice.key} field={choice} />
            ))}
          </div>
        ) : null}
      </>
    );
  }
  return (
    <fieldset className="form-section">
      <legend>Custom fields</legend>
      {content}
    </fieldset>
  );
}
