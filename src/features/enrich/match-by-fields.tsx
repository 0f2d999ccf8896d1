import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { identifierTypeLabel, identifierValueHelp } from '@/features/identifiers';
import { ActionButton } from '@/ui/action-button';
import { FormField } from '@/ui/form-field';
import { errorAt } from '@/ui/forms/error-at';
import { MAX_MATCHING_IDENTIFIERS, type EnrichKind } from './enrich-kinds';
import type { EnrichIdentifier } from './enrich-request';

/**
 * The identifiers a record is matched by, in the order Genesys looks them up: each a type and a
 * value, added, moved up or removed. Organizations are matched by external id only.
 */
export function MatchByFields({ kind }: { kind: EnrichKind }) {
  const { control, register, formState } = useFormContext<{ matchBy: EnrichIdentifier[] }>();
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'matchBy' });
  const values = useWatch({ control, name: 'matchBy' });
  const errors = formState.errors;
  const listError = errorAt(errors, 'matchBy') ?? errorAt(errors, 'matchBy.root');
  const single = kind.identifierTypes.length === 1;
  return (
    <fieldset className="form-section">
      <legend>Match by</legend>
      <p className="muted enrich-section-help">
        Looked up in this order; a {kind.record.noun.one} that holds any of them matches. The result
        claims the ones nobody holds yet.
      </p>
      <ol className="match-by-list">
        {fields.map((item, index) => {
          const type = values?.[index]?.type ?? item.type;
          const position = `identifier ${index + 1}`;
          return (
            <li key={item.id} className="match-by-row">
              <FormField
                label={`Type of ${position}`}
                kind="select"
                required
                error={errorAt(errors, `matchBy.${index}.type`)}
              >
                {(field) => (
                  <select {...field} {...register(`matchBy.${index}.type`)}>
                    {kind.identifierTypes.map((option) => (
                      <option key={option} value={option}>
                        {identifierTypeLabel(option)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                label={`Value of ${position}`}
                required
                error={errorAt(errors, `matchBy.${index}.value`)}
                help={identifierValueHelp(type)}
              >
                {(field) => (
                  <input
                    type="text"
                    autoComplete="off"
                    {...field}
                    {...register(`matchBy.${index}.value`)}
                  />
                )}
              </FormField>
              <div className="match-by-actions">
                {index > 0 ? (
                  <ActionButton
                    accent="ghost"
                    aria-label={`Move ${position} up`}
                    onClick={() => swap(index, index - 1)}
                  >
                    Move up
                  </ActionButton>
                ) : null}
                {fields.length > 1 ? (
                  <ActionButton
                    accent="ghost"
                    aria-label={`Remove ${position}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </ActionButton>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      {fields.length < MAX_MATCHING_IDENTIFIERS ? (
        <ActionButton
          onClick={() =>
            append({ type: single ? 'ExternalId' : 'Phone', value: '' }, { shouldFocus: true })
          }
        >
          Add an identifier
        </ActionButton>
      ) : null}
    </fieldset>
  );
}
