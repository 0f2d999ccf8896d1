import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from '@/features/divisions';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormField } from '@/ui/form-field';
import { errorAt } from '@/ui/forms/error-at';
import type { EnrichKind } from './enrich-kinds';
import {
  ACTION_INFO,
  FIELD_RULE_INFO,
  FIELD_RULES,
  LIST_RULE_INFO,
  LIST_RULES,
} from './enrich-request';

/** A labelled group of radios, each with a line saying what it does. */
function RadioGroup({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string; help: string }[];
}) {
  const { register, formState } = useFormContext();
  const id = useId();
  const error = errorAt(formState.errors, name);
  return (
    <fieldset
      className="enrich-choice"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="enrich-choice-option">
          <input
            type="radio"
            value={option.value}
            aria-describedby={`${id}-${option.value}`}
            {...register(name)}
          />
          <span>
            <span className="enrich-choice-label">{option.label}</span>
            <span id={`${id}-${option.value}`} className="muted enrich-choice-help">
              {option.help}
            </span>
          </span>
        </label>
      ))}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}

/**
 * What to do with the matches and how to combine: the action, the field and list rules, the
 * contact's promotion and a new record's division. Shared by the one-record form and the CSV
 * form (both hold these inputs under the same names).
 */
export function EnrichSettingsFields({ kind }: { kind: EnrichKind }) {
  const { register, control, formState } = useFormContext();
  const { api } = useServices();
  const divisions = useQuery(permittedDivisionsQueryOptions(api, kind.divisionPermission));
  const action = useWatch({ control, name: 'enrichAction' }) as string;
  const creates = action !== 'Update';
  return (
    <fieldset className="form-section">
      <legend>What to do</legend>
      <div className="enrich-choices">
        <RadioGroup
          name="enrichAction"
          legend="Action"
          options={kind.actions.map((value) => ({ value, ...ACTION_INFO[value] }))}
        />
        <RadioGroup
          name="fieldRule"
          legend="Field rule"
          options={FIELD_RULES.map((value) => ({ value, ...FIELD_RULE_INFO[value] }))}
        />
        <RadioGroup
          name="listRule"
          legend="List rule"
          options={LIST_RULES.map((value) => ({ value, ...LIST_RULE_INFO[value] }))}
        />
      </div>
      <div className="form-grid">
        <FormField
          label={`Division of a new ${kind.record.noun.one}`}
          kind="select"
          error={errorAt(formState.errors, 'divisionId')}
          help={
            creates
              ? `A matched ${kind.record.noun.one} keeps its own division.`
              : 'Update never creates, so the division is not used.'
          }
        >
          {(field) => (
            <select {...field} {...register('divisionId')}>
              <option value="">The default division</option>
              {divisions.data?.map((division) => (
                <option key={division.id} value={division.id}>
                  {division.name ?? division.id}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {kind.canPromote ? (
        <CheckboxField
          label="Promote: make a matched contact curated"
          error={errorAt(formState.errors, 'promote')}
          {...register('promote')}
        />
      ) : null}
    </fieldset>
  );
}
