import {
  CORE_TYPE_NAMES,
  type CoreTypeLimitsByName,
  type CoreTypeName,
  type FieldProblem,
  type SchemaQuantityLimits,
} from '@/models/data-schema';
import { PlainField } from '../custom-fields/plain-field';
import { EnumValuesEditor, rangeText } from './enum-values-editor';
import { fieldKeyFromTitle } from './field-key';
import type { FieldDraft, NumericAttribute } from './schema-draft';

export const CORE_TYPE_LABELS: Record<CoreTypeName, string> = {
  text: 'Text',
  longtext: 'Long text',
  url: 'URL',
  identifier: 'Identifier',
  enum: 'List of values (enum)',
  date: 'Date',
  datetime: 'Date and time',
  integer: 'Whole number (integer)',
  number: 'Number',
  checkbox: 'Checkbox',
  tag: 'Tags',
};

/** The attribute inputs of each core type: the draft's name, its label, the core type's limit. */
const NUMERIC_INPUTS: Partial<
  Record<CoreTypeName, { attribute: NumericAttribute; label: string; limit: string; item?: true }[]>
> = {
  text: [
    { attribute: 'minLength', label: 'Minimum length', limit: 'minLength' },
    { attribute: 'maxLength', label: 'Maximum length', limit: 'maxLength' },
  ],
  integer: [
    { attribute: 'minimum', label: 'Minimum', limit: 'minimum' },
    { attribute: 'maximum', label: 'Maximum', limit: 'maximum' },
  ],
  tag: [
    { attribute: 'minItems', label: 'Minimum tags', limit: 'minItems' },
    { attribute: 'maxItems', label: 'Maximum tags', limit: 'maxItems' },
    { attribute: 'itemMinLength', label: 'Minimum tag length', limit: 'minLength', item: true },
    { attribute: 'itemMaxLength', label: 'Maximum tag length', limit: 'maxLength', item: true },
  ],
};
NUMERIC_INPUTS.longtext = NUMERIC_INPUTS.text;
NUMERIC_INPUTS.url = NUMERIC_INPUTS.text;
NUMERIC_INPUTS.identifier = NUMERIC_INPUTS.text;
NUMERIC_INPUTS.number = NUMERIC_INPUTS.integer;

function charactersLeft(value: string, max: number | undefined): string | undefined {
  if (max === undefined) return undefined;
  const left = max - value.length;
  return left >= 0 ? `${left} characters left` : undefined;
}

function tooLong(label: string, value: string, max: number | undefined): string | undefined {
  return max !== undefined && value.length > max
    ? `${label} may have at most ${max} characters (${value.length - max} too many).`
    : undefined;
}

interface FieldEditorProps {
  field: FieldDraft;
  index: number;
  count: number;
  readOnly: boolean;
  coreTypes: CoreTypeLimitsByName;
  limits: SchemaQuantityLimits | undefined;
  takenKeys: ReadonlySet<string>;
  problems: FieldProblem[];
  onChange: (field: FieldDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One field of the visual editor; its key follows its title until saved or typed by hand. */
export function FieldEditor({
  field,
  index,
  count,
  readOnly,
  coreTypes,
  limits,
  takenKeys,
  problems,
  onChange,
  onMove,
  onRemove,
}: FieldEditorProps) {
  const limitsOfType = coreTypes[field.coreType];
  const keyFor = (title: string, coreType: CoreTypeName) =>
    fieldKeyFromTitle(title || 'field', coreType, takenKeys, limits?.maxFieldNameCharacters);
  const setTitle = (title: string) =>
    onChange({
      ...field,
      title,
      key: field.keyLocked || field.keyEdited ? field.key : keyFor(title, field.coreType),
    });
  const setCoreType = (coreType: CoreTypeName) =>
    onChange({
      ...field,
      coreType,
      // A typed key keeps its name; only its `_<coretype>` suffix must follow the type.
      key: field.keyEdited
        ? field.key.replace(/_[a-z]+$/, `_${coreType}`)
        : keyFor(field.title, coreType),
      enumValues:
        coreType === 'enum' && field.enumValues.length === 0
          ? [{ value: '', title: '', disabled: false }]
          : field.enumValues,
    });
  const setNumber = (attribute: NumericAttribute, value: string) =>
    onChange({ ...field, numbers: { ...field.numbers, [attribute]: value } });

  const titleError = tooLong('The title', field.title, limits?.maxFieldTitleCharacters);
  const descriptionError = tooLong(
    'The description',
    field.description,
    limits?.maxFieldDescriptionCharacters,
  );
  const name = field.title || 'Untitled field';

  return (
    <fieldset className="field-card" aria-label={`Field ${index + 1}: ${name}`}>
      <legend>
        Field {index + 1}: {name}
      </legend>
      <div className="form-grid">
        <PlainField
          label="Field title"
          required
          error={titleError}
          help={charactersLeft(field.title, limits?.maxFieldTitleCharacters)}
        >
          {(props) => (
            <input
              type="text"
              {...props}
              value={field.title}
              readOnly={readOnly}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </PlainField>
        <PlainField
          label="Core type"
          help={field.keyLocked ? 'A saved field keeps its core type.' : undefined}
        >
          {(props) => (
            <select
              {...props}
              value={field.coreType}
              disabled={readOnly || field.keyLocked}
              onChange={(event) => setCoreType(event.target.value as CoreTypeName)}
            >
              {CORE_TYPE_NAMES.map((type) => (
                <option key={type} value={type}>
                  {CORE_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        <PlainField
          label="Field key"
          help={
            field.keyLocked
              ? 'Locked: a saved field keeps its key.'
              : `Generated from the title as <name>_${field.coreType}; you may change it until the first save.`
          }
        >
          {(props) => (
            <input
              type="text"
              {...props}
              value={field.key}
              readOnly={readOnly || field.keyLocked}
              onChange={(event) => onChange({ ...field, key: event.target.value, keyEdited: true })}
            />
          )}
        </PlainField>
      </div>
      <PlainField
        label="Description"
        error={descriptionError}
        help={charactersLeft(field.description, limits?.maxFieldDescriptionCharacters)}
      >
        {(props) => (
          <textarea
            rows={2}
            {...props}
            value={field.description}
            readOnly={readOnly}
            onChange={(event) => onChange({ ...field, description: event.target.value })}
          />
        )}
      </PlainField>
      <label style={{ display: 'block', marginTop: 8 }}>
        <input
          type="checkbox"
          checked={field.required}
          disabled={readOnly}
          onChange={(event) => onChange({ ...field, required: event.target.checked })}
        />{' '}
        Required
      </label>
      {(NUMERIC_INPUTS[field.coreType] ?? []).length > 0 ? (
        <div className="form-grid" style={{ marginTop: 8 }}>
          {(NUMERIC_INPUTS[field.coreType] ?? []).map((input) => {
            const range = input.item
              ? limitsOfType?.itemValidationLimits?.[input.limit as 'minLength' | 'maxLength']
              : limitsOfType?.validationLimits?.[input.limit as 'minLength'];
            return (
              <PlainField
                key={input.attribute}
                label={input.label}
                help={range ? `Allowed: ${rangeText(range)}` : undefined}
              >
                {(props) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    {...props}
                    value={field.numbers[input.attribute] ?? ''}
                    readOnly={readOnly}
                    onChange={(event) => setNumber(input.attribute, event.target.value)}
                  />
                )}
              </PlainField>
            );
          })}
        </div>
      ) : null}
      {field.coreType === 'tag' ? (
        <label style={{ display: 'block', marginTop: 8 }}>
          <input
            type="checkbox"
            checked={field.uniqueItems}
            disabled={readOnly}
            onChange={(event) => onChange({ ...field, uniqueItems: event.target.checked })}
          />{' '}
          Each tag only once
        </label>
      ) : null}
      {field.coreType === 'enum' ? (
        <EnumValuesEditor
          values={field.enumValues}
          readOnly={readOnly}
          maxValues={limitsOfType?.validationLimits?.maxItems?.max}
          itemLength={
            limitsOfType?.itemValidationLimits
              ? {
                  min: limitsOfType.itemValidationLimits.minLength.min,
                  max: limitsOfType.itemValidationLimits.maxLength.max,
                }
              : undefined
          }
          onChange={(enumValues) => onChange({ ...field, enumValues })}
        />
      ) : null}
      {problems.length > 0 ? (
        <ul className="json-problems" aria-label={`Problems of field ${index + 1}`}>
          {problems.map((problem, at) => (
            <li key={at}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
      {!readOnly ? (
        <div className="field-card-actions">
          <button
            type="button"
            className="small-button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="small-button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            Move down
          </button>
          <button type="button" className="small-button" onClick={onRemove}>
            Remove field
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
