import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { createOnce, mayHaveBeenStored } from '@/api/create-once';
import { invalidateResource } from '@/api/resource-keys';
import { usePhoneCountrySetting } from '@/app/phone-country-setting';
import { useServices } from '@/app/services';
import type { RecordBase } from '@/models/record-fields';
import { ActionButton } from '@/ui/action-button';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import { answerOfError, enrichOne, findEnriched, outcomesOf } from './enrich-api';
import { differingFields } from './enrich-diff';
import type { EnrichKind } from './enrich-kinds';
import type { EnrichOutcome } from './enrich-outcome';
import {
  emptyEnrichForm,
  enrichFormSchema,
  enrichInputFor,
  enrichRequestFromForm,
  type EnrichFormValues,
  type EnrichRequest,
} from './enrich-request';
import { EnrichSettingsFields } from './enrich-settings-fields';
import { MatchByFields } from './match-by-fields';
import { ChangesTable, OutcomeHeadline, type Phase } from './outcome-view';
import { RecordDataFields } from './record-data-fields';

interface Preview {
  request: EnrichRequest;
  outcome: EnrichOutcome;
  /** The stored records the preview compared with: the apply's "before". */
  current: ReadonlyMap<string, RecordBase>;
  readError?: string | undefined;
}

interface Applied {
  outcome: EnrichOutcome;
  /** Fields whose stored value is not what the preview showed. */
  differs: string[];
}

/** The statuses that are an enrich's answer about the data, not about the input. */
const OUTCOME_STATUSES = new Set([404, 409]);

/**
 * One record: its identifiers and data typed in, previewed as a dry run beside what is stored,
 * then applied. Apply sends the previewed request as it was; a change to the form after the
 * preview asks for a new preview first. Neither a double click nor a retry after a lost answer
 * applies it twice (a ref guards the click, createOnce looks for the result before resending).
 */
export function SingleEnrich({ kind }: { kind: EnrichKind }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const phoneCountry = usePhoneCountrySetting();
  const [schema] = useState(() => enrichFormSchema(kind));
  const form = useForm<EnrichFormValues, unknown, EnrichFormValues>({
    resolver: zodResolver(schema) as unknown as Resolver<
      EnrichFormValues,
      unknown,
      EnrichFormValues
    >,
    defaultValues: emptyEnrichForm(kind, phoneCountry),
    mode: 'onTouched',
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [applyError, setApplyError] = useState<{ message: string; uncertain: boolean } | null>(
    null,
  );
  const [applying, setApplying] = useState(false);
  const applyingNow = useRef(false);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [focusResult, setFocusResult] = useState(0);
  const inputFor = enrichInputFor(kind);

  // Any edit after a preview makes it out of date: Apply sends only what was previewed.
  const typed = JSON.stringify(useWatch({ control: form.control }));
  const [previewedInput, setPreviewedInput] = useState<string | null>(null);
  const stale = previewedInput !== null && typed !== previewedInput;

  useEffect(() => {
    if (focusResult > 0) resultHeading.current?.focus();
  }, [focusResult]);

  const { onSubmit, failure, pending } = useFormSave({
    form,
    fallbackMessage: 'The dry run could not be run.',
    invalidMessage: 'Some fields need attention: see the messages next to them.',
    fieldFor: (apiFieldName) => inputFor(apiFieldName) as Path<EnrichFormValues> | null,
    save: async (values) => {
      const request = enrichRequestFromForm(kind, values);
      setApplied(null);
      setApplyError(null);
      let answer;
      try {
        answer = { record: await enrichOne(api, kind, request, true) };
      } catch (error) {
        // A 400 is about the input: useFormSave puts it on the fields. "Nothing matches" and
        // "already there" are what the dry run found, shown as its result.
        if (!(error instanceof ApiError) || !OUTCOME_STATUSES.has(error.status)) throw error;
        answer = answerOfError(error);
      }
      const read = await outcomesOf(api, kind, [answer]);
      const [outcome] = read.outcomes;
      if (!outcome) throw new Error('The dry run gave no result.');
      setPreview({ request, outcome, current: read.current, readError: read.readError });
      setPreviewedInput(JSON.stringify(form.getValues()));
      setFocusResult((count) => count + 1);
    },
  });

  const apply = async () => {
    if (!preview || applyingNow.current) return;
    applyingNow.current = true;
    setApplying(true);
    setApplyError(null);
    const { request } = preview;
    try {
      const record = await createOnce(
        `enrich:${kind.entity}:${JSON.stringify(request)}`,
        () => enrichOne(api, kind, request, false),
        (since) => findEnriched(api, kind, request.matchingIdentifiers, since),
      );
      const read = await outcomesOf(api, kind, [{ record }], preview.current);
      const [outcome] = read.outcomes;
      if (!outcome) throw new Error('The answer named no record.');
      invalidateResource(queryClient, kind.record.resource);
      invalidateResource(queryClient, 'identifiers');
      const differs =
        outcome.kind !== 'failed' && preview.outcome.kind !== 'failed'
          ? differingFields(preview.outcome.changes, outcome.changes)
          : [];
      setApplied({ outcome, differs });
      setFocusResult((count) => count + 1);
    } catch (error) {
      setApplyError({
        message: error instanceof Error ? error.message : String(error),
        uncertain: mayHaveBeenStored(error),
      });
    } finally {
      applyingNow.current = false;
      setApplying(false);
    }
  };

  const shown = applied?.outcome ?? preview?.outcome;
  const phase: Phase = applied ? 'applied' : 'preview';

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="form-sections enrich-form"
        aria-label={`Enrich one ${kind.record.noun.one}`}
      >
        <SaveFailureAlert failure={failure} />
        <MatchByFields kind={kind} />
        <EnrichSettingsFields kind={kind} />
        <RecordDataFields kind={kind} />
        <div className="form-actions">
          <SubmitButton pending={pending} pendingLabel="Running the dry run…">
            Preview (dry run)
          </SubmitButton>
        </div>
      </form>
      {shown ? (
        <section className="enrich-result" aria-labelledby="enrich-result-heading">
          <h2 id="enrich-result-heading" ref={resultHeading} tabIndex={-1}>
            {applied ? 'Applied' : 'Preview (dry run): nothing written yet'}
          </h2>
          <p className="enrich-headline" role="status">
            <OutcomeHeadline kind={kind} outcome={shown} phase={phase} />
          </p>
          {preview?.readError && !applied ? (
            <p className="muted">
              What is stored now could not be read ({preview.readError}): the changes are shown
              against nothing.
            </p>
          ) : null}
          {applied && applied.differs.length > 0 ? (
            <GuxInlineAlert accent="warning">
              <div>
                What was stored differs from the preview in {applied.differs.join(', ')}: the record
                changed in between.
              </div>
            </GuxInlineAlert>
          ) : null}
          {shown.kind !== 'failed' ? (
            <>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={showUnchanged}
                  onChange={(event) => setShowUnchanged(event.target.checked)}
                />
                Show unchanged fields
              </label>
              <ChangesTable
                kind={kind}
                outcome={shown}
                phase={phase}
                showUnchanged={showUnchanged}
              />
            </>
          ) : null}
          {!applied && preview && preview.outcome.kind !== 'failed' ? (
            <div className="form-actions enrich-apply">
              {stale ? (
                <p className="muted" role="status">
                  The form changed since this preview: preview again before applying.
                </p>
              ) : null}
              <ActionButton
                accent="primary"
                disabled={stale || applying}
                onClick={() => void apply()}
              >
                {applying ? 'Applying…' : 'Apply'}
              </ActionButton>
            </div>
          ) : null}
          {applyError ? (
            <GuxInlineAlert accent="error">
              <div role="alert">
                Not applied: {applyError.message}
                {applyError.uncertain
                  ? ' Apply again: it first looks for a result that was stored, so it is never applied twice.'
                  : null}
              </div>
            </GuxInlineAlert>
          ) : null}
        </section>
      ) : null}
    </FormProvider>
  );
}
