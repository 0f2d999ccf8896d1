import type { ValidationRange } from '@/models/data-schema';
import { PlainField } from '../custom-fields/plain-field';
import type { EnumValueDraft } from './schema-draft';

/** The values of an enum field: value, display title, disabled (kept but no longer choosable). */
export function EnumValuesEditor({
  values,
  onChange,
  readOnly,
  maxValues,
  itemLength,
}: {
  values: EnumValueDraft[];
  onChange: (values: EnumValueDraft[]) => void;
  readOnly: boolean;
  maxValues: number | undefined;
  itemLength: { min: number; max: number } | undefined;
}) {
  const update = (index: number, patch: Partial<EnumValueDraft>) =>
    onChange(values.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
  const move = (index: number, by: number) => {
    const next = [...values];
    const [entry] = next.splice(index, 1);
    if (entry) next.splice(index + by, 0, entry);
    onChange(next);
  };
  const left = maxValues === undefined ? undefined : maxValues - values.length;
  return (
    <div>
      <h4 style={{ margin: '12px 0 0' }}>Values</h4>
      <ol className="enum-values">
        {values.map((entry, index) => {
          const tooLong = itemLength !== undefined && entry.value.length > itemLength.max;
          return (
            <li key={index}>
              <PlainField
                label={`Value ${index + 1}`}
                error={
                  tooLong
                    ? `At most ${itemLength.max} characters.`
                    : entry.value === ''
                      ? 'A value cannot be empty.'
                      : undefined
                }
              >
                {(props) => (
                  <input
                    type="text"
                    {...props}
                    value={entry.value}
                    readOnly={readOnly}
                    onChange={(event) => update(index, { value: event.target.value })}
                  />
                )}
              </PlainField>
              <PlainField label={`Title of value ${index + 1}`}>
                {(props) => (
                  <input
                    type="text"
                    {...props}
                    value={entry.title}
                    readOnly={readOnly}
                    onChange={(event) => update(index, { title: event.target.value })}
                  />
                )}
              </PlainField>
              <label>
                <input
                  type="checkbox"
                  checked={entry.disabled}
                  disabled={readOnly}
                  onChange={(event) => update(index, { disabled: event.target.checked })}
                />{' '}
                Disabled
              </label>
              {!readOnly ? (
                <span className="inline-actions" style={{ marginTop: 0 }}>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Move value ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Move value ${index + 1} down`}
                    disabled={index === values.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Remove value ${index + 1}`}
                    disabled={values.length === 1}
                    onClick={() => onChange(values.filter((_, at) => at !== index))}
                  >
                    Remove
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <div className="inline-actions">
          <button
            type="button"
            className="small-button"
            disabled={left !== undefined && left <= 0}
            onClick={() => onChange([...values, { value: '', title: '', disabled: false }])}
          >
            Add value
          </button>
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
