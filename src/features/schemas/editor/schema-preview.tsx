import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { CoreTypeLimitsByName, JsonSchemaDocument } from '@/models/data-schema';
import { CustomFieldInputs } from '../custom-fields/custom-field-inputs';
import {
  customFieldsToApi,
  customFieldsToForm,
  schemaFields,
  type CustomFieldsFormPart,
} from '../custom-fields/custom-field-values';

/**
 * The form a record will get from this (unsaved) schema, with its validation, in a throwaway
 * form: nothing is sent. Remounted when the set of fields changes so inputs match the fields.
 */
export function SchemaPreview({
  document,
  coreTypes,
}: {
  document: JsonSchemaDocument;
  coreTypes: CoreTypeLimitsByName;
}) {
  const shape = schemaFields(document)
    .map((field) => `${field.key}:${field.coreType}`)
    .join(',');
  return <PreviewForm key={shape} document={document} coreTypes={coreTypes} />;
}

function PreviewForm({
  document,
  coreTypes,
}: {
  document: JsonSchemaDocument;
  coreTypes: CoreTypeLimitsByName;
}) {
  // The resolver reads the newest limits (titles, min/max) without remounting on each keystroke.
  const latest = useRef({ document, coreTypes });
  useEffect(() => {
    latest.current = { document, coreTypes };
  });
  const [result, setResult] = useState<string | null>(null);
  const methods = useForm<CustomFieldsFormPart>({
    defaultValues: { schemaId: 'preview', customFields: customFieldsToForm(document, {}) },
    mode: 'onTouched',
    resolver: (values) => {
      const { problems } = customFieldsToApi(
        latest.current.document,
        values.customFields,
        latest.current.coreTypes,
      );
      if (problems.length === 0) return { values, errors: {} };
      const customFields: Record<string, { type: string; message: string }> = {};
      for (const problem of problems) {
        customFields[problem.fieldName.replace(/^customFields\./, '')] ??= {
          type: 'schema',
          message: problem.message,
        };
      }
      return { values: {}, errors: { customFields } as FieldErrors<CustomFieldsFormPart> };
    },
  });
  return (
    <FormProvider {...methods}>
      <form
        noValidate
        aria-label="Preview of the custom fields"
        onSubmit={(event) =>
          void methods.handleSubmit(
            () => setResult('These values are valid for this schema.'),
            () => setResult('Some values are not valid: see the messages next to them.'),
          )(event)
        }
      >
        <CustomFieldInputs document={document} />
        <div className="inline-actions">
          <GuxButtonSlot accent="secondary">
            <button type="submit">Check the preview values</button>
          </GuxButtonSlot>
          <span role="status">{result}</span>
        </div>
      </form>
    </FormProvider>
  );
}
