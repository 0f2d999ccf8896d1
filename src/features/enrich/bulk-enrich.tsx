import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { invalidateResource } from '@/api/resource-keys';
import { usePhoneCountrySetting } from '@/app/phone-country-setting';
import { useServices } from '@/app/services';
import { identifierTypeLabel } from '@/features/identifiers';
import type { RecordBase } from '@/models/record-fields';
import { ActionButton } from '@/ui/action-button';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import { TextareaField } from '@/ui/textarea-field';
import { runBulkEnrich, type EnrichProgress, type RowAnswer } from './bulk-enrich-engine';
import { outcomesOf } from './enrich-api';
import { MAX_CSV_ROWS, planCsv, type CsvPlan, type PlannedRow } from './enrich-csv';
import { BULK_ENRICH_MAX, type EnrichAction, type EnrichKind } from './enrich-kinds';
import type { EnrichOutcome } from './enrich-outcome';
import {
  buildEnrichRequest,
  defaultSettings,
  FIELD_RULES,
  LIST_RULES,
  settingsFromForm,
  type EnrichSettings,
} from './enrich-request';
import { EnrichSettingsFields } from './enrich-settings-fields';
import { ChangeList, OutcomeHeadline } from './outcome-view';

/** Larger files hold more rows than a preview takes (MAX_CSV_ROWS); refused before reading. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface CsvFormValues {
  csvText: string;
  enrichAction: string;
  fieldRule: string;
  listRule: string;
  promote: boolean;
  divisionId: string;
}

const csvFormSchema = (kind: EnrichKind) =>
  z.object({
    csvText: z.string().check(
      z.refine((text) => text.trim() !== '', {
        message: 'Choose a CSV file or paste its text.',
      }),
    ),
    enrichAction: z.enum(kind.actions as [EnrichAction, ...EnrichAction[]], {
      error: `Choose one of ${kind.actions.join(', ')}.`,
    }),
    fieldRule: z.enum(FIELD_RULES, { error: 'Choose a field rule.' }),
    listRule: z.enum(LIST_RULES, { error: 'Choose a list rule.' }),
    promote: z.boolean(),
    divisionId: z.string(),
  });

interface RowState {
  planned: PlannedRow;
  preview?: EnrichOutcome | undefined;
  result?: EnrichOutcome | undefined;
  /** The last apply's answer: a failed one may carry uncertainSince for the retry. */
  answer?: RowAnswer | undefined;
}

interface Run {
  plan: CsvPlan;
  settings: EnrichSettings;
  rows: RowState[];
  /** What was stored when previewed: results are compared with it. */
  current: ReadonlyMap<string, RecordBase>;
  readError?: string | undefined;
}

const OUTCOME_WORDS = {
  preview: { update: 'update', create: 'new', merge: 'merge', failed: 'would fail' },
  applied: { update: 'updated', create: 'created', merge: 'merged', failed: 'failed' },
} as const;

function counts(rows: readonly RowState[], phase: 'preview' | 'applied'): string {
  const tally = new Map<string, number>();
  for (const row of rows) {
    const outcome = phase === 'preview' ? row.preview : row.result;
    const word = outcome
      ? OUTCOME_WORDS[phase][outcome.kind]
      : row.planned.problems.length > 0
        ? 'not sent (problems in the row)'
        : phase === 'preview'
          ? 'not previewed'
          : row.preview?.kind === 'failed'
            ? 'not sent (failed the preview)'
            : 'not sent';
    tally.set(word, (tally.get(word) ?? 0) + 1);
  }
  return [...tally].map(([word, count]) => `${count} ${word}`).join(', ');
}

const identifiersText = (row: PlannedRow) =>
  row.identifiers
    .map((identifier) => `${identifierTypeLabel(identifier.type)}: ${identifier.value}`)
    .join(', ');

function OutcomeCell({
  kind,
  outcome,
  phase,
}: {
  kind: EnrichKind;
  outcome: EnrichOutcome;
  phase: 'preview' | 'applied';
}) {
  return (
    <div className={`enrich-outcome outcome-${outcome.kind}`}>
      <OutcomeHeadline kind={kind} outcome={outcome} phase={phase} />
      {outcome.kind !== 'failed' ? <ChangeList changes={outcome.changes} /> : null}
    </div>
  );
}

/**
 * Many records from a CSV: each row previewed by a dry run (10 a request, Genesys' limit) with
 * what it would match and change, then applied with progress and a result per row. A failing
 * row never stops the others; a retry sends only the failed rows, and a row whose answer was
 * lost is looked for before it is sent again.
 */
export function BulkEnrich({ kind }: { kind: EnrichKind }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const phoneCountry = usePhoneCountrySetting();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [schema] = useState(() => csvFormSchema(kind));
  const settings = defaultSettings();
  const form = useForm<CsvFormValues, unknown, CsvFormValues>({
    resolver: zodResolver(schema) as unknown as Resolver<CsvFormValues, unknown, CsvFormValues>,
    defaultValues: {
      csvText: '',
      enrichAction: settings.action,
      fieldRule: settings.fieldRule,
      listRule: settings.listRule,
      promote: settings.promote,
      divisionId: settings.divisionId,
    },
    mode: 'onTouched',
  });
  const [run, setRun] = useState<Run | null>(null);
  const [progress, setProgress] = useState<(EnrichProgress & { label: string }) | null>(null);
  const [applied, setApplied] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const busy = useRef(false);
  const [working, setWorking] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [focusResult, setFocusResult] = useState(0);

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
    save: async (values) => {
      if (busy.current) return;
      const planned = planCsv(kind, values.csvText, phoneCountry);
      if (!planned.ok) {
        form.setError('csvText', { type: 'csv', message: planned.message });
        return;
      }
      busy.current = true;
      setWorking(true);
      try {
        const runSettings = settingsFromForm(values);
        const sendable = planned.plan.rows.filter((row) => row.problems.length === 0);
        setProgress({ label: 'Previewing rows', done: 0, total: sendable.length });
        const answers = await runBulkEnrich({
          api,
          kind,
          dryRun: true,
          rows: sendable.map((row) => ({
            rowNumber: row.rowNumber,
            request: buildEnrichRequest(kind, row.identifiers, row.data, runSettings),
          })),
          onProgress: (_answers, done) => setProgress({ label: 'Previewing rows', ...done }),
        });
        const read = await outcomesOf(
          api,
          kind,
          sendable.map((row) => answers.get(row.rowNumber) ?? {}),
        );
        const previews = new Map(
          sendable.map((row, index) => [row.rowNumber, read.outcomes[index]]),
        );
        setRun({
          plan: planned.plan,
          settings: runSettings,
          rows: planned.plan.rows.map((row) => ({
            planned: row,
            preview: previews.get(row.rowNumber),
          })),
          current: read.current,
          readError: read.readError,
        });
        setApplied(false);
        setApplyError(null);
        setPreviewedInput(JSON.stringify(form.getValues()));
        setFocusResult((count) => count + 1);
      } finally {
        setProgress(null);
        busy.current = false;
        setWorking(false);
      }
    },
  });

  /** Sends `rows` for real and records each one's result; the others keep theirs. */
  const send = async (rows: readonly RowState[]) => {
    if (!run || busy.current || rows.length === 0) return;
    busy.current = true;
    setWorking(true);
    setApplyError(null);
    setProgress({ label: 'Applying rows', done: 0, total: rows.length });
    try {
      const answers = await runBulkEnrich({
        api,
        kind,
        dryRun: false,
        rows: rows.map((row) => ({
          rowNumber: row.planned.rowNumber,
          request: buildEnrichRequest(
            kind,
            row.planned.identifiers,
            row.planned.data,
            run.settings,
          ),
          uncertainSince: row.answer?.uncertainSince,
        })),
        onProgress: (_answers, done) => setProgress({ label: 'Applying rows', ...done }),
      });
      const sentAnswers = rows.map((row) => answers.get(row.planned.rowNumber) ?? {});
      const read = await outcomesOf(api, kind, sentAnswers, run.current);
      const byRow = new Map(
        rows.map((row, index) => [
          row.planned.rowNumber,
          { result: read.outcomes[index], answer: sentAnswers[index] },
        ]),
      );
      setRun((previous) =>
        previous
          ? {
              ...previous,
              rows: previous.rows.map((row) => {
                const sent = byRow.get(row.planned.rowNumber);
                return sent ? { ...row, ...sent } : row;
              }),
            }
          : previous,
      );
      setApplied(true);
      invalidateResource(queryClient, kind.record.resource);
      invalidateResource(queryClient, 'identifiers');
      setFocusResult((count) => count + 1);
    } catch (error) {
      setApplyError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
      busy.current = false;
      setWorking(false);
    }
  };

  const toApply = run?.rows.filter((row) => row.preview && row.preview.kind !== 'failed') ?? [];
  const failed = run?.rows.filter((row) => row.result?.kind === 'failed') ?? [];

  const chooseFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      form.setError('csvText', {
        type: 'csv',
        message: `“${file.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; this page previews at most ${MAX_CSV_ROWS.toLocaleString('en-US')} rows.`,
      });
      return;
    }
    form.setValue('csvText', await file.text(), { shouldDirty: true, shouldValidate: true });
    setFileName(file.name);
  };

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="form-sections enrich-form"
        aria-label={`Enrich ${kind.record.noun.many} from a CSV`}
      >
        <SaveFailureAlert failure={failure} />
        <fieldset className="form-section">
          <legend>CSV</legend>
          <div className="enrich-file">
            <label id={`${fileId}-label`} htmlFor={fileId}>
              CSV file with a header row
            </label>
            {/* The Spark button is the one tab stop; the labelled input stays for assistive
                tech and tests, and is reset after each choice so the same file can be chosen again. */}
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept=".csv,text/csv,text/plain"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void chooseFile(file);
                event.target.value = '';
              }}
            />
            <div className="enrich-file-row">
              <GuxButtonSlot accent="secondary">
                <button
                  type="button"
                  aria-describedby={`${fileId}-label`}
                  onClick={() => fileInput.current?.click()}
                >
                  Choose a file…
                </button>
              </GuxButtonSlot>
              {fileName ? <span className="muted">{fileName}</span> : null}
            </div>
          </div>
          <TextareaField
            label="CSV text"
            rows={8}
            spellCheck={false}
            help="Chosen file's text, or paste it here. Up to 1,000 rows."
            error={form.formState.errors.csvText?.message}
            {...form.register('csvText')}
          />
          <details className="enrich-format">
            <summary>How to name the columns</summary>
            <p>
              One column per identifier to match by, named <code>Identifier: &lt;type&gt;</code> and
              looked up in column order (
              {kind.identifierTypes.map((type) => identifierTypeLabel(type)).join(', ')}). Field
              columns are named like the {kind.record.noun.one} form’s fields or their usual CSV
              headers (an export’s file works). Empty cells are not given. For example:
            </p>
            <pre>
              {kind.entity === 'contacts'
                ? 'Identifier: Email,Identifier: Phone,First name,Last name,Title\nada@example.com,+13175550100,Ada,Lovelace,Analyst'
                : 'Identifier: External id,Name,Industry,Tags\nCRM-1001,Acme Corp,Manufacturing,key account; emea'}
            </pre>
          </details>
        </fieldset>
        <EnrichSettingsFields kind={kind} />
        <div className="form-actions">
          <SubmitButton pending={pending || working} pendingLabel="Working…">
            Preview (dry run)
          </SubmitButton>
        </div>
      </form>
      {progress ? (
        <div className="enrich-progress" aria-live="polite">
          <progress aria-label={progress.label} max={progress.total} value={progress.done} />
          <p>
            {progress.label}: {progress.done} of {progress.total} ({BULK_ENRICH_MAX} a request)
          </p>
        </div>
      ) : null}
      {run ? (
        <section className="enrich-result" aria-labelledby="enrich-bulk-heading">
          <h2 id="enrich-bulk-heading" ref={resultHeading} tabIndex={-1}>
            {applied ? 'Results' : 'Preview (dry run): nothing written yet'}
          </h2>
          <p role="status" className="enrich-counts">
            {applied
              ? `Results: ${counts(run.rows, 'applied')}.`
              : `Preview of ${run.rows.length} rows: ${counts(run.rows, 'preview')}.`}
          </p>
          <p className="muted">
            Columns used:{' '}
            {run.plan.columns
              .map((column) =>
                column.header === column.use ? column.header : `${column.header} (${column.use})`,
              )
              .join(', ')}
            .{run.plan.ignored.length > 0 ? ` Ignored: ${run.plan.ignored.join(', ')}.` : null}
          </p>
          {run.readError ? (
            <p className="muted">
              What is stored now could not be read ({run.readError}): changes are shown against
              nothing.
            </p>
          ) : null}
          <div className="form-actions enrich-apply">
            {stale && !applied ? (
              <p className="muted" role="status">
                The CSV or the choices changed since this preview: preview again before applying.
              </p>
            ) : null}
            {!applied ? (
              <ActionButton
                accent="primary"
                disabled={stale || working || toApply.length === 0}
                onClick={() => void send(toApply)}
              >
                {`Apply ${toApply.length} ${toApply.length === 1 ? 'row' : 'rows'}`}
              </ActionButton>
            ) : null}
            {applied && failed.length > 0 ? (
              <ActionButton disabled={working} onClick={() => void send(failed)}>
                {`Retry ${failed.length} failed ${failed.length === 1 ? 'row' : 'rows'}`}
              </ActionButton>
            ) : null}
          </div>
          {applyError ? (
            <GuxInlineAlert accent="error">
              <div role="alert">{applyError}</div>
            </GuxInlineAlert>
          ) : null}
          <div className="table-scroll enrich-rows">
            <table className="data-table">
              <caption>Rows of the CSV</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Matched by</th>
                  <th scope="col">Preview</th>
                  {applied ? <th scope="col">Result</th> : null}
                </tr>
              </thead>
              <tbody>
                {run.rows.map((row) => (
                  <tr key={row.planned.rowNumber}>
                    <th scope="row">Row {row.planned.rowNumber}</th>
                    <td>{identifiersText(row.planned) || <span className="muted">None</span>}</td>
                    <td>
                      {row.planned.problems.length > 0 ? (
                        <div className="enrich-outcome outcome-failed">
                          Not sent: {row.planned.problems.join(' ')}
                        </div>
                      ) : row.preview ? (
                        <OutcomeCell kind={kind} outcome={row.preview} phase="preview" />
                      ) : null}
                      {row.planned.repeatsRow !== undefined ? (
                        <p className="muted">
                          Shares an identifier with row {row.planned.repeatsRow}: previewed on its
                          own, it runs after that row.
                        </p>
                      ) : null}
                    </td>
                    {applied ? (
                      <td>
                        {row.result ? (
                          <>
                            <OutcomeCell kind={kind} outcome={row.result} phase="applied" />
                            {row.answer?.recovered ? (
                              <p className="muted">Found stored after an answer was lost.</p>
                            ) : null}
                          </>
                        ) : (
                          <span className="muted">Not sent</span>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </FormProvider>
  );
}
