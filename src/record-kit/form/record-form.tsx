import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, type LinkProps } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useRef, useState, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';
import { phoneCountrySetting } from '@/app/phone-country-setting';
import { useSignInDraft } from '@/auth/sign-in-draft';
import type { RecordBase } from '@/models/record-fields';
import { LeaveGuardDialog, useLeaveGuard } from '@/ui/forms/leave-guard';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import '@/ui/ui.css';
import type { RecordEntity } from '../entity';
import type { RecordApi } from '../record-api';
import { ExternalIdsInputs, type ExternalIdsEditing } from './external-ids-inputs';
import { externalIdsExtension } from './external-ids-rules';
import { FieldInputs, type ReferenceInput } from './field-inputs';
import {
  formFieldFor,
  formFields,
  recordFormSchema,
  toFormValues,
  toWriteBody,
  type FormExtension,
  type RecordFormValues,
} from './record-form-values';

/** A section's extra inputs from the feature (an organization's tickers) or an extension. */
export interface FormSectionExtra {
  /** The section it joins, or a new section at the end when no field has that section. */
  section: string;
  node: ReactNode;
}

interface RecordFormProps<Read extends RecordBase> {
  entity: RecordEntity<Read>;
  api: RecordApi<Read>;
  /** The write schema's shape: each input's rule is the API's own. */
  write: Readonly<Record<string, z.ZodMiniType>>;
  record?: Read | undefined;
  extensions?: readonly FormExtension<Read>[];
  /** Wraps the zod resolver (custom fields are checked against the chosen schema). */
  wrapResolver?: (
    resolver: Resolver<RecordFormValues, unknown, RecordFormValues>,
  ) => Resolver<RecordFormValues, unknown, RecordFormValues>;
  /** Last, after the fields' sections (the custom fields). */
  trailing?: ReactNode;
  extras?: readonly FormSectionExtra[];
  reference?: ReferenceInput;
  /** Edit the external ids with a source picker; without it they are kept as stored. */
  externalIds?: ExternalIdsEditing;
}

/**
 * Create (no record) or edit (the record as loaded): one form per entity, made from its fields.
 * A failed save keeps every input and puts the API's field errors on them; a second click while
 * saving sends nothing; leaving with unsaved input asks first.
 */
export function RecordForm<Read extends RecordBase>({
  entity,
  api,
  write,
  record,
  extensions: ownExtensions = [],
  wrapResolver = (resolver) => resolver,
  trailing,
  extras = [],
  reference,
  externalIds,
}: RecordFormProps<Read>) {
  const navigate = useNavigate();
  const create = api.useCreate();
  const update = api.useUpdate(record?.id ?? '');
  const mutation = record ? update : create;
  const [externalIdsRows] = useState(() =>
    externalIds ? externalIdsExtension<Read>(externalIds.max) : null,
  );
  const extensions = externalIdsRows ? [...ownExtensions, externalIdsRows] : ownExtensions;
  // Built once: a few dozen zod rules, and their shapes never change while the form is open
  // (an extension's body and resolver may, and are read fresh below).
  const [schema] = useState(() => recordFormSchema(entity.fields, write, extensions));
  const form = useForm<RecordFormValues, unknown, RecordFormValues>({
    // The inputs hold a narrower type than the schema accepts (strings, never null): safe to narrow.
    resolver: wrapResolver(
      zodResolver(schema) as unknown as Resolver<RecordFormValues, unknown, RecordFormValues>,
    ),
    defaultValues: (() => {
      const values = toFormValues(entity.fields, record, extensions);
      // Numbers typed without + are read in the organisation's country unless the record says.
      values.phoneCountry ||= phoneCountrySetting();
      return values;
    })(),
    mode: 'onTouched',
  });
  // Input typed when the token ran out comes back after the trip to the login host.
  useSignInDraft(form, `${entity.noun.one}:${record?.id ?? 'new'}`);
  const saved = useRef(false);
  // Read while rendering: react-hook-form only tracks the formState parts a render reads.
  const { isDirty } = form.formState;
  const guard = useLeaveGuard(() => isDirty && !saved.current);
  const fieldFor = formFieldFor(entity.fields, extensions);
  const { onSubmit, failure, pending } = useFormSave({
    form,
    fallbackMessage: `The ${entity.noun.one} could not be saved.`,
    invalidMessage: 'Some fields need attention: see the messages next to them.',
    fieldFor: (apiFieldName) => fieldFor(apiFieldName) as Path<RecordFormValues> | null,
    save: async (values) => {
      const body = toWriteBody(entity.fields, Object.keys(write), values, record, extensions);
      const result = await mutation.mutateAsync(body);
      saved.current = true;
      await navigate(entity.links.detail(result.id) as LinkProps);
    },
  });

  const sections = [...new Set(formFields(entity.fields).map((field) => field.section))];
  const extraSections = [
    ...new Set(extras.map((extra) => extra.section).filter((name) => !sections.includes(name))),
  ];
  const title = entity.noun.one.charAt(0).toUpperCase() + entity.noun.one.slice(1);

  return (
    <FormProvider {...(form as UseFormReturn<RecordFormValues>)}>
      <form onSubmit={onSubmit} noValidate className="form-sections" aria-label={title}>
        <SaveFailureAlert failure={failure} />
        {[...sections, ...extraSections].map((section) => (
          <fieldset key={section} className="form-section">
            <legend>{section}</legend>
            <FieldInputs
              fields={formFields(entity.fields).filter((field) => field.section === section)}
              reference={reference}
            />
            {extras
              .filter((extra) => extra.section === section)
              .map((extra, index) => (
                <div key={index}>{extra.node}</div>
              ))}
          </fieldset>
        ))}
        {externalIds ? <ExternalIdsInputs editing={externalIds} noun={entity.noun.one} /> : null}
        {trailing}
        <div className="form-actions">
          <GuxButtonSlot accent="primary">
            <button type="submit" disabled={pending}>
              {pending ? 'Saving…' : record ? 'Save changes' : `Create ${entity.noun.one}`}
            </button>
          </GuxButtonSlot>
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              onClick={() =>
                void navigate(
                  (record ? entity.links.detail(record.id) : entity.links.list) as LinkProps,
                )
              }
            >
              Cancel
            </button>
          </GuxButtonSlot>
        </div>
      </form>
      <LeaveGuardDialog guard={guard} what={`this ${entity.noun.one}`} />
    </FormProvider>
  );
}
