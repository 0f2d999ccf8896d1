import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { EXTERNAL_SOURCE_LIMITS } from '@/models/external-source';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormField } from '@/ui/form-field';
import { LeaveGuardDialog, useLeaveGuard } from '@/ui/forms/leave-guard';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import {
  sourceFieldFor,
  sourceFormSchema,
  sourceWriteBody,
  type SourceFormOutput,
  type SourceFormValues,
} from './source-form-schema';
import type { ExternalSource, ExternalSourceWriteBody } from './api';
import { SourceLinkExample } from './source-link-example';

/**
 * Create and edit share this form. A failed save keeps what was typed and puts the API's field
 * errors on their inputs; a second submit while one is on its way sends nothing (useFormSave).
 */
export function SourceForm({
  defaultValues,
  submitLabel,
  pendingLabel,
  save,
  onSaved,
}: {
  defaultValues: SourceFormValues;
  submitLabel: string;
  pendingLabel: string;
  save: (body: ExternalSourceWriteBody) => Promise<ExternalSource>;
  onSaved: (source: ExternalSource) => void;
}) {
  // Set once stored, so leaving the page afterwards asks nothing.
  const saved = useRef(false);
  const form = useForm<SourceFormValues, unknown, SourceFormOutput>({
    resolver: zodResolver(sourceFormSchema) as Resolver<
      SourceFormValues,
      unknown,
      SourceFormOutput
    >,
    defaultValues,
    mode: 'onTouched',
  });
  const { register, control } = form;
  const { errors } = form.formState;
  const { onSubmit, failure, pending } = useFormSave({
    form,
    save: async (values: SourceFormOutput) => {
      const source = await save(sourceWriteBody(values));
      saved.current = true;
      onSaved(source);
    },
    fieldFor: sourceFieldFor,
    fallbackMessage: 'The external source was not saved.',
    invalidMessage: 'Some fields need attention before the source can be saved.',
  });
  // The sample id is never saved: typing one alone is no reason to ask before leaving.
  const { dirtyFields } = form.formState;
  const changed = Boolean(dirtyFields.name || dirtyFields.active || dirtyFields.uriTemplate);
  const guard = useLeaveGuard(() => changed && !saved.current);
  const template = useWatch({ control, name: 'uriTemplate' });
  const sampleId = useWatch({ control, name: 'sampleId' });

  return (
    <form className="source-form" aria-label="External source" onSubmit={onSubmit} noValidate>
      <SaveFailureAlert failure={failure} />
      <div className="form-grid">
        <FormField
          label="Name"
          required
          error={errors.name?.message}
          help={`Unique, at most ${EXTERNAL_SOURCE_LIMITS.name} characters.`}
        >
          {(control) => <input type="text" autoComplete="off" {...control} {...register('name')} />}
        </FormField>
        <CheckboxField
          label="Active (external ids link to it)"
          error={errors.active?.message}
          {...register('active')}
        />
        <FormField
          label="Link URI template"
          error={errors.uriTemplate?.message}
          help={`An http:// or https:// URL, at most ${EXTERNAL_SOURCE_LIMITS.uriTemplate} characters.`}
        >
          {(control) => (
            <input type="url" autoComplete="off" {...control} {...register('uriTemplate')} />
          )}
        </FormField>
        <FormField label="Sample external id" help="Only for the example below; not saved.">
          {(control) => (
            <input type="text" autoComplete="off" {...control} {...register('sampleId')} />
          )}
        </FormField>
      </div>
      <SourceLinkExample template={template} sampleId={sampleId} />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        <Link to="/external-sources">Cancel</Link>
      </div>
      <LeaveGuardDialog guard={guard} what="this external source" />
    </form>
  );
}
