import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { mayHaveBeenStored } from '@/api/create-once';
import { CheckboxField } from '@/ui/checkbox-field';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { useMergeContacts } from './api';
import { DroppedValuesReminder, DroppedValuesSection } from './dropped-values';
import {
  buildMergeRows,
  choose,
  defaultChoices,
  mergeResult,
  newestFirst,
} from '@/models/merge-fields';
import { mergeFormSchema, type MergeFormValues } from './merge-form-schema';
import { MergeTable } from './merge-table';
import { droppedValues } from '@/models/merge-dropped-values';
import type { CandidateState } from './merge-warnings';

/** What a failed merge tells the user; a lost answer is not a refusal. */
function failureMessage(error: Error): string {
  if (mayHaveBeenStored(error)) {
    return `${error.message} The merge may or may not have been made. Press Merge again: the console first checks whether these contacts were merged and never merges them twice.`;
  }
  const reference =
    error instanceof ApiError && error.contextId ? ` (reference ${error.contextId})` : '';
  return `The merge was refused: ${error.message}${reference} Your choices are kept.`;
}

/**
 * The choices (react-hook-form + zod): defaults are what the API would keep, so only the
 * differences the user makes are sent as `valueOverride`. What the result will not keep is listed
 * under the choices and again in the confirmation, before anything is sent; a failure keeps every
 * choice.
 */
export function MergeForm({
  candidates,
  blocked,
  divisionName,
  onRemove,
}: {
  candidates: readonly CandidateState[];
  blocked: boolean;
  divisionName: (id: string) => string;
  onRemove: (id: string) => void;
}) {
  const contacts = useMemo(
    () =>
      candidates.flatMap((candidate) => (candidate.state === 'found' ? [candidate.contact] : [])),
    [candidates],
  );
  const rows = useMemo(() => buildMergeRows(contacts), [contacts]);
  const schema = useMemo(() => mergeFormSchema(rows), [rows]);
  const {
    control,
    setValue,
    handleSubmit,
    formState: { errors },
  } = useForm<MergeFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { choices: defaultChoices(rows) },
  });
  const choices = useWatch({ control, name: 'choices' });
  const result = mergeResult(rows, choices);
  const dropped = droppedValues(contacts, rows, result.values);
  const [confirming, setConfirming] = useState(false);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const merge = useMergeContacts();
  const navigate = useNavigate();
  const newest = newestFirst(contacts)[0];
  // Fields whose value differs from Genesys' pick; a moved phone sends its whole group, so the
  // override's size would count slots the user never touched.
  const overridden = rows.filter(
    (row) => choices[row.field.id] !== undefined && choices[row.field.id] !== row.defaultKey,
  ).length;

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit(() => {
      merge.reset();
      setConfirming(true);
    })(event);
  const confirm = () => {
    if (merge.isPending) return;
    merge.mutate(
      { contactIds: contacts.map((contact) => contact.id), valueOverride: result.valueOverride },
      {
        onSuccess: (merged) => {
          setConfirming(false);
          void navigate({ to: '/contacts/$contactId', params: { contactId: merged.id } });
        },
      },
    );
  };
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.choices ?? {}).flatMap(([fieldId, error]) =>
      error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
        ? [[fieldId, error.message]]
        : [],
    ),
  );

  return (
    <form className="merge-form" onSubmit={onSubmit} noValidate>
      <CheckboxField
        label="Show only the fields where the contacts differ"
        checked={onlyDifferences}
        onChange={(event) => setOnlyDifferences(event.target.checked)}
      />
      <MergeTable
        contacts={contacts}
        rows={rows}
        choices={choices}
        values={result.values}
        errors={fieldErrors}
        onlyDifferences={onlyDifferences}
        divisionName={divisionName}
        resultDivision={newest?.division?.id ? divisionName(newest.division.id) : undefined}
        onChoose={(fieldId, key) =>
          setValue('choices', choose(rows, choices, fieldId, key), { shouldValidate: true })
        }
        onRemove={onRemove}
      />
      {contacts.length > 1 ? <DroppedValuesSection contacts={contacts} dropped={dropped} /> : null}
      {blocked ? null : (
        <div className="form-actions merge-actions">
          <GuxButtonSlot accent="primary">
            <button type="submit">Merge {contacts.length} contacts</button>
          </GuxButtonSlot>
          <span className="muted">
            {overridden === 0
              ? 'Every field keeps the value Genesys would pick (the most recently modified contact’s).'
              : `${overridden} ${overridden === 1 ? 'field keeps' : 'fields keep'} a value you chose.`}
          </span>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Merge ${contacts.length} contacts?`}
        confirmLabel={merge.isPending ? 'Merging…' : 'Merge'}
        pending={merge.isPending}
        error={merge.error ? failureMessage(merge.error) : undefined}
        onCancel={() => {
          merge.reset();
          setConfirming(false);
        }}
        onConfirm={confirm}
      >
        <p>
          A <strong>new</strong> curated contact is created with the values shown in the Merged
          result column
          {newest?.division?.id ? `, in the division ${divisionName(newest.division.id)}` : ''}.
        </p>
        <DroppedValuesReminder contacts={contacts} dropped={dropped} />
        <p>
          The {contacts.length} contacts are not deleted: they stay as its ancestors, listed in its
          merge history, and opening one of them leads to the new contact. Their identifiers move to
          it; their notes and journey stay with them and show on the new contact through its merge
          set. A merge cannot be undone.
        </p>
      </ConfirmDialog>
    </form>
  );
}
