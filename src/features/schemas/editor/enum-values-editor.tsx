import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { ValidationRange } from '@/models/data-schema';
import { PlainField } from '../custom-fields/plain-field';
import { DraftCheckbox } from './draft-checkbox';
import type { SchemaDraft } from './schema-draft';
import type { LocatedProblem } from './schema-draft-form';

const EMPTY_VALUE = { value: '', title: '', disabled: false };

/**
 * The values of an enum field (`fields.<fieldIndex>.enumValues`): value, display title, disabled
 * (kept but no longer choosable).
 */
export function EnumValuesEditor({
  fieldIndex,
  readOnly,
  attempted,
  problems,
  maxValues,
  itemLength,
}: {
  fieldIndex: number;
  readOnly: boolean;
  /** The author tried to save: an empty value is named even if never touched. */
  attempted: boolean;
  /** The field's problems, paths relative to the field (`enumValues.2.title`…). */
  problems: LocatedProblem[];
  maxValues: number | undefined;
  itemLength: { min: number; max: number } | undefined;
}) {
  const { control, register, getFieldState, formState } = useFormContext<SchemaDraft>();
  const name = `fields.${fieldIndex}.enumValues` as const;
  const { fields: rows, append, move, remove } = useFieldArray({ control, name });
  const values = useWatch({ control, name });
  const problemAt = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const left = maxValues === undefined ? undefined : maxValues - rows.length;
  return (
    <div>
      <h4 style={{ margin: '12px 0 0' }}>Values</h4>
      <ol className="enum-values">
        {rows.map((row, index) => {
          const value = values[index]?.value ?? '';
          const tooLong = itemLength !== undefined && value.length > itemLength.max;
          // An empty value is only a problem once the author has been in it (or tried to save):
          // a new list starts with one empty row, which is not a mistake yet.
          const visited = attempted || getFieldState(`${name}.${index}.value`, formState).isTouched;
          return (
            <li key={row.id}>
              <PlainField
                label={`Value ${index + 1}`}
                required
                error={
                  tooLong
                    ? `At most ${itemLength.max} characters.`
                    : value === ''
                      ? visited
                        ? 'A value cannot be empty.'
                        : undefined
                      : problemAt(`enumValues.${index}.value`)
                }
              >
                {(props) => (
                  <input
                    type="text"
                    {...props}
                    readOnly={readOnly}
                    {...register(`${name}.${index}.value`)}
                  />
                )}
              </PlainField>
              <PlainField
                label={`Title of value ${index + 1}`}
                error={problemAt(`enumValues.${index}.title`)}
              >
                {(props) => (
                  <input
                    type="text"
                    {...props}
                    readOnly={readOnly}
                    {...register(`${name}.${index}.title`)}
                  />
                )}
              </PlainField>
              <DraftCheckbox
                name={`${name}.${index}.disabled`}
                label="Disabled"
                disabled={readOnly}
              />
              {!readOnly ? (
                <span className="inline-actions" style={{ marginTop: 0 }}>
                  <GuxButtonSlot accent="secondary">
                    <button
                      type="button"
                      aria-label={`Move value ${index + 1} up`}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </button>
                  </GuxButtonSlot>
                  <GuxButtonSlot accent="secondary">
                    <button
                      type="button"
                      aria-label={`Move value ${index + 1} down`}
                      disabled={index === rows.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      ↓
                    </button>
                  </GuxButtonSlot>
                  <GuxButtonSlot accent="secondary">
                    <button
                      type="button"
                      aria-label={`Remove value ${index + 1}`}
                      disabled={rows.length === 1}
                      onClick={() => remove(index)}
                    >
                      Remove
                    </button>
                  </GuxButtonSlot>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <div className="inline-actions">
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              disabled={left !== undefined && left <= 0}
              onClick={() => append({ ...EMPTY_VALUE }, { shouldFocus: false })}
            >
              Add value
            </button>
          </GuxButtonSlot>
          {left !== undefined ? (
            <span className="muted" role="status">
              {left > 0 ? `${left} values left` : `No values left: at most ${maxValues} values.`}
            </span>
          ) : null}
        </div>
      ) : null}
      <p className="field-help">
        A disabled value stays on records that hold it but can no longer be chosen.
      </p>
    </div>
  );
}

export const rangeText = (range: ValidationRange | undefined) =>
  range
    ? `${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}`
    : undefined;
