import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { CheckboxField } from '@/ui/checkbox-field';
import { FieldHint, hintId } from '@/ui/field-hint';
import { FormField } from '@/ui/form-field';
import { errorAt } from '@/ui/forms/error-at';
import { TextareaField } from '@/ui/textarea-field';
import { ActionChoice } from './bulk-edit-action-choice';
import type { SelectionSchema, CustomFieldChoice } from './bulk-edit-custom-values';
import type { BulkEditEntity } from './bulk-edit-entities';
import type { BulkEditValues, CustomFieldContext } from './bulk-edit-form-rules';

/** A native date or date-time input with FormField's label and hint wiring (Spark's text-like field takes neither). */
function PlainInput({
  label,
  error,
  type,
  name,
}: {
  label: string;
  error: string | undefined;
  type: 'date' | 'datetime-local';
  name: `customFields.${string}`;
}) {
  const { register } = useFormContext<BulkEditValues>();
  const id = useId();
  return (
    <div className="plain-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        aria-invalid={Boolean(error)}
        aria-describedby={hintId(id, error, undefined)}
        {...register(name)}
      />
      <FieldHint id={id} error={error} />
    </div>
  );
}

/** The input for a custom field's new value, by its core type. */
function CustomFieldInput({ field }: { field: CustomFieldChoice }) {
  const { register, formState } = useFormContext<BulkEditValues>();
  const name = `customFields.${field.key}` as const;
  const error = errorAt(formState.errors, name);
  switch (field.coreType) {
    case 'checkbox':
      return <CheckboxField label={field.label} error={error} {...register(name)} />;
    case 'longtext':
      return <TextareaField label={field.label} error={error} {...register(name)} />;
    case 'tag':
      return (
        <TextareaField
          label={field.label}
          help="One tag a line."
          error={error}
          {...register(name)}
        />
      );
    case 'date':
      return <PlainInput label={field.label} error={error} type="date" name={name} />;
    case 'datetime':
      return <PlainInput label={field.label} error={error} type="datetime-local" name={name} />;
    case 'enum': {
      const titles = field.definition._enumProperties ?? {};
      const values = (field.definition.enum ?? []).filter(
        (value) => titles[value]?._disabled !== true,
      );
      return (
        <FormField label={field.label} error={error} kind="select">
          {(control) => (
            <select {...control} {...register(name)}>
              <option value="">Choose a value</option>
              {values.map((value) => (
                <option key={value} value={value}>
                  {titles[value]?.title ?? value}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    }
    default:
      return (
        <FormField label={field.label} error={error}>
          {(control) => (
            <input
              type={field.coreType === 'integer' || field.coreType === 'number' ? 'number' : 'text'}
              step={
                field.coreType === 'integer' ? 1 : field.coreType === 'number' ? 'any' : undefined
              }
              inputMode={field.coreType === 'url' ? 'url' : undefined}
              autoComplete="off"
              {...control}
              {...register(name)}
            />
          )}
        </FormField>
      );
  }
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
              <CustomFieldInput key={choice.key} field={choice} />
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
