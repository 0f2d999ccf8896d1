import { useQueryClient } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { invalidateResource } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import { schemaFields, useCustomFieldSchemas } from '@/features/schemas';
import type { RecordBase } from '@/models/record-fields';
import { useModalDialog } from '@/ui/use-modal-dialog';
import { planRecord, type BulkEdit } from './bulk-edit-changes';
import { BulkEditCustomFields } from './bulk-edit-custom-fields';
import { selectionSchema } from './bulk-edit-custom-values';
import { recordsNoun, type BulkEditEntity } from './bulk-edit-entities';
import { BulkEditFields } from './bulk-edit-form';
import { toBulkEdit, type BulkEditValues, type CustomFieldContext } from './bulk-edit-form-rules';
import { BulkEditPreview, countPlans, type PlannedRecord } from './bulk-edit-preview';
import { readSelection, type SelectionRead } from './bulk-edit-read';
import { BulkEditResults } from './bulk-edit-results';
import { updateRecords, type UpdateOutcome, type UpdateProgress } from './bulk-update-engine';
import { ProgressStatus } from './progress-status';
import { ActionButton } from '@/ui/action-button';
import './bulk.css';
import './bulk-edit-dialog.css';

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; read: SelectionRead<RecordBase> };

type Step = 'form' | 'preview' | 'results';

const count = new Intl.NumberFormat();
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The selected records as stored when the dialog opens (again after an apply), read in bulk. An
 * answer counts only for the opening, ids and round it was asked for; until it comes, "loading".
 */
function useSelectionRead(
  entity: BulkEditEntity,
  ids: readonly string[],
  open: boolean,
  session: number,
) {
  const { api } = useServices();
  const [answer, setAnswer] = useState<{ key: string; load: Load } | null>(null);
  const [round, setRound] = useState(0);
  // The list hands over a new array at each of its renders: the ids themselves are what count.
  const idsKey = ids.join(' ');
  const key = `${session}:${round}:${idsKey}`;
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    readSelection(entity.endpoints(api), idsKey.split(' '), { signal: controller.signal })
      .then((read) => {
        if (!controller.signal.aborted) setAnswer({ key, load: { status: 'ready', read } });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setAnswer({ key, load: { status: 'failed', message: messageOf(error) } });
      });
    return () => controller.abort();
  }, [api, entity, idsKey, open, key]);
  const load: Load = answer?.key === key ? answer.load : { status: 'loading' };
  return { load, reload: () => setRound((value) => value + 1) };
}

/** The schema every selected record is on, with its fields, once the schemas are loaded. */
function useSelectionCustomFields(entity: BulkEditEntity, records: readonly RecordBase[]) {
  const selection = useMemo(() => selectionSchema(records), [records]);
  const current =
    selection.kind === 'one' ? { id: selection.id, version: selection.version } : undefined;
  const schemas = useCustomFieldSchemas(entity.type, current);
  const choice = selection.kind === 'one' ? schemas.choiceFor(selection.id) : undefined;
  const context: CustomFieldContext | null =
    choice && selection.kind === 'one'
      ? {
          schema: { id: choice.id, version: choice.version, name: selection.name ?? choice.label },
          document: choice.document,
          choices: schemaFields(choice.document),
          coreTypes: schemas.coreTypes,
        }
      : null;
  return { selection, schemas, context };
}

/**
 * Bulk edit of the selected records: the form (what to set or clear), the preview (each record's
 * current and new values, nothing sent yet), then the update in chunks with a progress bar, the
 * results per record and a retry of the failed ones. The form, its values and the selection
 * outlive the dialog: closing it after a failure loses nothing.
 */
export function BulkEditDialog({
  entity,
  ids,
  open,
  session,
  onClose,
  form,
  customFieldsRef,
}: {
  entity: BulkEditEntity;
  ids: readonly string[];
  open: boolean;
  /** Counts the openings: each starts at the form, with the records read afresh. */
  session: number;
  onClose: () => void;
  form: UseFormReturn<BulkEditValues, unknown, BulkEditValues>;
  /** Where the form's resolver reads the selection's custom fields. */
  customFieldsRef: RefObject<CustomFieldContext | null>;
}) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const ref = useModalDialog(open);
  const titleId = useId();
  const { load, reload } = useSelectionRead(entity, ids, open, session);
  const read = load.status === 'ready' ? load.read : null;
  const records = useMemo(() => read?.records.map((item) => item.record) ?? [], [read]);
  const custom = useSelectionCustomFields(entity, records);
  const [stepState, setStepState] = useState<{ session: number; step: Step }>({
    session,
    step: 'form',
  });
  const step = stepState.session === session ? stepState.step : 'form';
  const setStep = (next: Step) => setStepState({ session, step: next });
  const [edit, setEdit] = useState<BulkEdit | null>(null);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, UpdateOutcome>>(new Map());
  const [progress, setProgress] = useState<UpdateProgress | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // Back from the preview or the results: the button pressed is gone, so focus goes to the top.
  const returning = useRef(false);
  const running = progress !== null;

  useEffect(() => {
    customFieldsRef.current = custom.context;
  });
  const schemaId = custom.context?.schema.id;
  useEffect(() => {
    // Every custom field starts at Keep (the radios need a value); a choice already made stays.
    for (const choice of custom.context?.choices ?? []) {
      if (!form.getValues(`customActions.${choice.key}`)) {
        form.setValue(`customActions.${choice.key}`, 'keep');
      }
    }
    // Only when the schema changes: the choices are rebuilt each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schemaId, form]);

  useEffect(() => {
    if (step !== 'form') heading.current?.focus();
    else if (returning.current) title.current?.focus();
    returning.current = false;
  }, [step]);

  const planned: PlannedRecord[] = useMemo(
    () =>
      edit && read
        ? read.records.map(({ id, record }) => ({
            id,
            name: entity.name(record),
            plan: planRecord(record, edit),
          }))
        : [],
    [edit, read, entity],
  );
  const counts = countPlans(planned);
  const rows = useMemo(
    () => read?.records.map(({ id, record }) => ({ id, name: entity.name(record) })) ?? [],
    [read, entity],
  );
  const failed = [...outcomes].filter(
    (entry): entry is [string, Extract<UpdateOutcome, { status: 'failed' }>] =>
      entry[1].status === 'failed',
  );
  const updatedCount = [...outcomes.values()].filter((o) => o.status === 'updated').length;
  const unchangedCount = [...outcomes.values()].filter((o) => o.status === 'unchanged').length;

  const apply = async (applyTo: readonly string[], uncertainIds: ReadonlySet<string>) => {
    if (!edit || applyTo.length === 0) return;
    setStep('results');
    setRunError(null);
    setProgress({ done: 0, total: applyTo.length });
    heading.current?.focus();
    try {
      await updateRecords({
        endpoints: entity.endpoints(api),
        ids: applyTo,
        uncertainIds,
        decide: (record) => planRecord(record, edit).decision,
        onOutcomes: (sent, at) => {
          setOutcomes((previous) => new Map([...previous, ...sent]));
          setProgress(at);
        },
      });
    } catch (error) {
      setRunError(messageOf(error));
    } finally {
      setProgress(null);
      invalidateResource(queryClient, entity.resource);
      // A renamed organization shows in its contacts' pages too.
      if (entity.resource === 'organizations') invalidateResource(queryClient, 'contacts');
    }
  };

  const backToForm = () => {
    returning.current = true;
    setStep('form');
    // The records changed (or may have): the next preview starts from what is stored now.
    if (outcomes.size > 0) reload();
    setOutcomes(new Map());
  };

  const preview = form.handleSubmit((values) => {
    setEdit(toBulkEdit(entity.fields, Object.keys(entity.write), values, custom.context));
    setOutcomes(new Map());
    setStep('preview');
  });

  const many = recordsNoun(entity, ids.length);
  let body;
  if (load.status === 'loading') {
    body = <p role="status">Reading the selected {entity.noun.many}…</p>;
  } else if (load.status === 'failed') {
    body = (
      <GuxInlineAlert accent="error">
        <div role="alert">
          The selected {entity.noun.many} could not be read: {load.message}{' '}
          <ActionButton onClick={reload}>Try again</ActionButton>
        </div>
      </GuxInlineAlert>
    );
  } else if (step === 'form') {
    body = (
      <form
        onSubmit={(event) => void preview(event)}
        noValidate
        aria-label={`Changes to the selected ${entity.noun.many}`}
      >
        {load.read.missing.length > 0 ? (
          <GuxInlineAlert accent="warning">
            <div role="status">
              {recordsNoun(entity, load.read.missing.length)} could not be read and are left out:{' '}
              {load.read.missing.map((item) => `${item.id} (${item.message})`).join(', ')}
            </div>
          </GuxInlineAlert>
        ) : null}
        <p className="muted">
          For each field: Keep leaves every record’s own value, Set gives all of them the value you
          type, Clear empties it. Nothing is saved before you have seen the preview.
        </p>
        <BulkEditFields
          entity={entity}
          customFields={
            <BulkEditCustomFields
              entity={entity}
              selection={custom.selection}
              canView={custom.schemas.canView}
              loading={custom.schemas.loading}
              failed={Boolean(custom.schemas.error)}
              context={custom.context}
            />
          }
        />
        <div className="confirm-dialog-actions">
          <ActionButton onClick={onClose}>Cancel</ActionButton>
          <GuxButtonSlot accent="primary">
            <button type="submit">Preview changes</button>
          </GuxButtonSlot>
        </div>
      </form>
    );
  } else if (step === 'preview') {
    body = (
      <section aria-labelledby={`${titleId}-preview`} className="bulk-edit-step">
        <h3 id={`${titleId}-preview`} ref={heading} tabIndex={-1}>
          Preview
        </h3>
        <p>
          {recordsNoun(entity, counts.change)} will change; {count.format(counts.same)} already hold
          these values
          {counts.refused > 0 ? `; ${count.format(counts.refused)} cannot be changed` : ''}. Nothing
          has been saved yet.
        </p>
        <BulkEditPreview entity={entity} planned={planned} />
        <div className="confirm-dialog-actions">
          <ActionButton
            onClick={() => {
              returning.current = true;
              setStep('form');
            }}
          >
            Back to the form
          </ActionButton>
          <ActionButton
            accent="primary"
            disabled={counts.change === 0}
            onClick={() =>
              void apply(
                rows.map((row) => row.id),
                new Set(),
              )
            }
          >
            {counts.change === 0
              ? 'Nothing to apply'
              : `Apply to ${recordsNoun(entity, counts.change)}`}
          </ActionButton>
        </div>
      </section>
    );
  } else {
    body = (
      <section aria-labelledby={`${titleId}-results`} className="bulk-edit-step">
        <h3 id={`${titleId}-results`} ref={heading} tabIndex={-1}>
          Results
        </h3>
        <ProgressStatus
          label="Bulk edit progress"
          progress={progress}
          ended={
            <p>
              {count.format(updatedCount)} updated, {count.format(unchangedCount)} needed no change,{' '}
              {count.format(failed.length)} failed.
            </p>
          }
        >
          Done {count.format(progress?.done ?? 0)} of {recordsNoun(entity, progress?.total ?? 0)}…
        </ProgressStatus>
        {runError ? (
          <GuxInlineAlert accent="error">
            <div role="alert">The update stopped: {runError}</div>
          </GuxInlineAlert>
        ) : null}
        <BulkEditResults entity={entity} rows={rows} outcomes={outcomes} />
        <div className="confirm-dialog-actions">
          {failed.length > 0 ? (
            <ActionButton
              accent="primary"
              disabled={running}
              onClick={() =>
                void apply(
                  failed.map(([id]) => id),
                  new Set(failed.filter(([, outcome]) => outcome.uncertain).map(([id]) => id)),
                )
              }
            >
              Retry failed ({count.format(failed.length)})
            </ActionButton>
          ) : null}
          <ActionButton disabled={running} onClick={backToForm}>
            Back to the form
          </ActionButton>
          <ActionButton disabled={running} onClick={onClose}>
            Close
          </ActionButton>
        </div>
      </section>
    );
  }

  return (
    <dialog
      ref={ref}
      className="bulk-dialog bulk-edit-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        // Closing mid-update would hide its outcome: it ends first.
        if (!running) onClose();
      }}
    >
      <h2 id={titleId} ref={title} tabIndex={-1}>
        Edit {many}
      </h2>
      <FormProvider {...form}>{open ? body : null}</FormProvider>
    </dialog>
  );
}
