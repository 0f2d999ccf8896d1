import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ActionButton } from '@/ui/action-button';
import { FormField } from '@/ui/form-field';
import { errorAt } from '@/ui/forms/error-at';
import type { ExternalSource } from '../details/external-source-query';
import { sourceOptions, type ExternalIdRow } from './external-ids-rules';
import './external-ids-inputs.css';

/** What the org's sources look like to the picker: a react-query result, from the feature. */
export interface ExternalSourcesState {
  data?: readonly ExternalSource[] | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * How a record form edits external ids: the API's cap for the entity, and the hook that reads
 * every source of the org (the external-sources feature's, handed in by the entity's form: the
 * kit imports no feature).
 */
export interface ExternalIdsEditing {
  max: number;
  useSources: () => ExternalSourcesState;
}

type Values = { externalIds: ExternalIdRow[] };
type SparkHost = HTMLElement & { componentOnReady?: () => Promise<unknown> };

/**
 * Focus a row's input once its Spark field can take it: Spark hides a new field until its
 * component has rendered, and a hidden control refuses focus.
 */
async function focusWhenReady(element: HTMLElement | null | undefined) {
  const host = element?.closest<SparkHost>('gux-form-field-select, gux-form-field-text-like');
  await host?.componentOnReady?.();
  element?.focus();
}

/** The "External ids" section: rows of source and value, added and removed by keyboard too. */
export function ExternalIdsInputs({
  editing,
  noun,
}: {
  editing: ExternalIdsEditing;
  noun: string;
}) {
  const sources = editing.useSources();
  const { control, register, formState, getFieldState } = useFormContext<Values>();
  const rows = useFieldArray({ control, name: 'externalIds' });
  const current = useWatch({ control, name: 'externalIds' });
  const section = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const describedBy = useId();
  const count = rows.fields.length;

  // Where focus goes after a change: a new row's source; after a removal, the row that took its
  // place, else the one before, else "Add". A new object each time, so the same target refocuses.
  const [focusTarget, setFocusTarget] = useState<{ name: string | null } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.name === null) addButton.current?.focus();
    else
      void focusWhenReady(
        section.current?.querySelector<HTMLElement>(`[name="${focusTarget.name}"]`),
      );
  }, [focusTarget]);

  // React-hook-form checks the whole list after every add or remove, but a row just added is not
  // wrong yet: its messages wait until its input was left or the form was submitted since. New
  // rows are kept by index with the submit count they came at (a removal shifts the ones after).
  const [addedAt, setAddedAt] = useState<ReadonlyMap<number, number>>(new Map());
  const submitCount = formState.submitCount;
  const shownError = (index: number, name: `externalIds.${number}.${keyof ExternalIdRow}`) =>
    getFieldState(name, formState).isTouched || addedAt.get(index) !== submitCount
      ? errorAt(formState.errors, name)
      : undefined;
  const listError =
    errorAt(formState.errors, 'externalIds.root') ?? errorAt(formState.errors, 'externalIds');
  const loading = sources.isPending && !sources.data;

  return (
    <fieldset ref={section} className="form-section external-ids" aria-describedby={describedBy}>
      <legend>External ids</legend>
      <p id={describedBy} className="muted">
        The ids this {noun} has in other systems, each under its source (at most {editing.max}).
      </p>
      {sources.error ? (
        <div className="external-ids-problem" role="alert">
          The external sources could not be loaded: {sources.error.message} The ids stay as they
          are.{' '}
          <ActionButton accent="ghost" onClick={() => void sources.refetch()}>
            Try again
          </ActionButton>
        </div>
      ) : null}
      {rows.fields.map((field, index) => {
        const number = index + 1;
        const options = sourceOptions(
          sources.data,
          { stored: field.sourceId, selected: current?.[index]?.sourceId ?? '' },
          loading,
        );
        return (
          <div key={field.id} className="external-id-row">
            <Controller
              control={control}
              name={`externalIds.${index}.sourceId`}
              render={({ field: select }) => (
                <FormField
                  label={`External id ${number} source`}
                  kind="select"
                  required
                  error={shownError(index, `externalIds.${index}.sourceId`)}
                >
                  {(controlProps) => (
                    // Controlled: the choices change when the sources arrive, the value must not.
                    <select
                      {...controlProps}
                      name={select.name}
                      ref={select.ref}
                      value={select.value}
                      onChange={select.onChange}
                      onBlur={select.onBlur}
                    >
                      <option value="">{loading ? 'Loading sources…' : 'Choose a source'}</option>
                      {options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              )}
            />
            <FormField
              label={`External id ${number} value`}
              required
              error={shownError(index, `externalIds.${index}.value`)}
            >
              {(controlProps) => (
                <input
                  type="text"
                  autoComplete="off"
                  {...controlProps}
                  {...register(`externalIds.${index}.value`)}
                />
              )}
            </FormField>
            <ActionButton
              accent="ghost"
              onClick={() => {
                rows.remove(index);
                setAddedAt(
                  (added) =>
                    new Map(
                      [...added]
                        .filter(([row]) => row !== index)
                        .map(([row, at]) => [row > index ? row - 1 : row, at]),
                    ),
                );
                const next = Math.min(index, count - 2);
                setFocusTarget({ name: next >= 0 ? `externalIds.${next}.sourceId` : null });
              }}
            >
              Remove external id {number}
            </ActionButton>
          </div>
        );
      })}
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      {count < editing.max ? (
        // A native button of our own (not ActionButton): focus returns here after the last removal.
        <GuxButtonSlot accent="secondary">
          <button
            type="button"
            ref={addButton}
            onClick={() => {
              rows.append({ sourceId: '', value: '' }, { shouldFocus: false });
              setAddedAt((added) => new Map(added).set(count, submitCount));
              setFocusTarget({ name: `externalIds.${count}.sourceId` });
            }}
          >
            Add external id
          </button>
        </GuxButtonSlot>
      ) : (
        <p className="muted">
          This {noun} holds the most external ids Genesys allows ({editing.max}).
        </p>
      )}
    </fieldset>
  );
}
