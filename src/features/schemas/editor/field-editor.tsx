import { useFormContext, useWatch } from 'react-hook-form';
import {
  CORE_TYPE_NAMES,
  type CoreTypeLimitsByName,
  type CoreTypeName,
  type SchemaQuantityLimits,
} from '@/models/data-schema';
import { FormField } from '@/ui/form-field';
import { PlainField } from '../custom-fields/plain-field';
import { CORE_TYPE_LABELS } from './core-type-labels';
import { DraftCheckbox } from './draft-checkbox';
import { EnumValuesEditor, rangeText } from './enum-values-editor';
import { fieldKeyFromTitle } from './field-key';
import type { NumericAttribute, SchemaDraft } from './schema-draft';
import type { LocatedProblem } from './schema-draft-form';

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
  index: number;
  readOnly: boolean;
  /** The author tried to save: every problem shows, touched or not. */
  attempted: boolean;
  coreTypes: CoreTypeLimitsByName;
  limits: SchemaQuantityLimits | undefined;
  /** This field's problems, paths relative to the field (`title`, `numbers.maxLength`…). */
  problems: LocatedProblem[];
}

/** Paths with an input of their own: their problems show at the input, the rest in a list. */
const INPUT_PATHS =
  /^(title|key|coreType|description|numbers\.[A-Za-z]+|enumValues\.\d+\.(value|title))$/;

/**
 * One field of the visual editor (`fields.<index>` of the schema form), shown in the side panel:
 * only the attributes of its core type. Its key follows its title until saved or typed by hand.
 */
export function FieldEditor({
  index,
  readOnly,
  attempted,
  coreTypes,
  limits,
  problems,
}: FieldEditorProps) {
  const { control, register, getValues, setValue } = useFormContext<SchemaDraft>();
  const at = `fields.${index}` as const;
  const field = useWatch({ control, name: at });
  const limitsOfType = coreTypes[field.coreType];
  const keyFor = (title: string, coreType: CoreTypeName) => {
    const takenKeys = new Set(
      getValues('fields')
        .filter((_, other) => other !== index)
        .map((other) => other.key),
    );
    return fieldKeyFromTitle(title || 'field', coreType, takenKeys, limits?.maxFieldNameCharacters);
  };
  const onTitle = (title: string) => {
    const current = getValues(at);
    if (!current.keyLocked && !current.keyEdited) {
      setValue(`${at}.key`, keyFor(title, current.coreType));
    }
  };
  const onCoreType = (coreType: CoreTypeName) => {
    const current = getValues(at);
    // A typed key keeps its name; only its `_<coretype>` suffix must follow the type.
    setValue(
      `${at}.key`,
      current.keyEdited
        ? current.key.replace(/_[a-z]+$/, `_${coreType}`)
        : keyFor(current.title, coreType),
    );
    if (coreType === 'enum' && current.enumValues.length === 0) {
      setValue(`${at}.enumValues`, [{ value: '', title: '', disabled: false }]);
    }
  };
  const problemAt = (path: string) => problems.find((problem) => problem.path === path)?.message;
  // An empty enum value is named at its own input (see EnumValuesEditor), not twice.
  const listed = problems.filter(
    (problem) => !INPUT_PATHS.test(problem.path) && !problem.message.includes('the value ""'),
  );

  const titleError =
    tooLong('The title', field.title, limits?.maxFieldTitleCharacters) ?? problemAt('title');
  const descriptionError =
    tooLong('The description', field.description, limits?.maxFieldDescriptionCharacters) ??
    problemAt('description');
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
              readOnly={readOnly}
              {...register(`${at}.title`, { onChange: (event) => onTitle(event.target.value) })}
            />
          )}
        </PlainField>
        <FormField
          label="Core type"
          kind="select"
          required
          error={problemAt('coreType')}
          help={field.keyLocked ? 'A saved field keeps its core type.' : undefined}
        >
          {(props) => (
            <select
              {...props}
              disabled={readOnly || field.keyLocked}
              {...register(`${at}.coreType`, {
                onChange: (event) => onCoreType(event.target.value as CoreTypeName),
              })}
            >
              {CORE_TYPE_NAMES.map((type) => (
                <option key={type} value={type}>
                  {CORE_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <PlainField
          label="Field key"
          required
          error={problemAt('key')}
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
              readOnly={readOnly || field.keyLocked}
              {...register(`${at}.key`, {
                onChange: () => setValue(`${at}.keyEdited`, true),
              })}
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
          <textarea rows={2} {...props} readOnly={readOnly} {...register(`${at}.description`)} />
        )}
      </PlainField>
      <DraftCheckbox
        name={`${at}.required`}
        label="Required"
        disabled={readOnly}
        style={{ display: 'block', marginTop: 8 }}
      />
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
                error={problemAt(`numbers.${input.attribute}`)}
                help={range ? `Allowed: ${rangeText(range)}` : undefined}
              >
                {(props) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    {...props}
                    readOnly={readOnly}
                    {...register(`${at}.numbers.${input.attribute}`)}
                  />
                )}
              </PlainField>
            );
          })}
        </div>
      ) : null}
      {field.coreType === 'tag' ? (
        <DraftCheckbox
          name={`${at}.uniqueItems`}
          label="Each tag only once"
          disabled={readOnly}
          style={{ display: 'block', marginTop: 8 }}
        />
      ) : null}
      {field.coreType === 'enum' ? (
        <EnumValuesEditor
          fieldIndex={index}
          readOnly={readOnly}
          attempted={attempted}
          problems={problems}
          maxValues={limitsOfType?.validationLimits?.maxItems?.max}
          itemLength={
            limitsOfType?.itemValidationLimits
              ? {
                  min: limitsOfType.itemValidationLimits.minLength.min,
                  max: limitsOfType.itemValidationLimits.maxLength.max,
                }
              : undefined
          }
        />
      ) : null}
      {listed.length > 0 ? (
        <ul className="json-problems" aria-label={`Problems of field ${index + 1}`}>
          {listed.map((problem, problemIndex) => (
            <li key={problemIndex}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
