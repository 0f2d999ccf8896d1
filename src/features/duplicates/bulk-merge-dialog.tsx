import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId, useState } from 'react';
import { useServices } from '@/app/services';
import type { ExternalContact } from '@/models/contact-fields';
import { droppedWhere } from '@/models/merge-dropped-values';
import { QueryError } from '@/ui/query-error';
import { useModalDialog } from '@/ui/use-modal-dialog';
import { duplicateKeys } from './api';
import { readStoredContacts, type ClusterMergeRequest } from './bulk-merge-api';
import type { ClusterRow } from './cluster-rows';
import { MERGE_RULES, planMerge, RULE_TEXT, type MergePlan, type MergeRule } from './merge-rules';
import type { ClusterOutcome, useBulkMerge } from './use-bulk-merge';

interface Planned {
  row: ClusterRow;
  contacts: ExternalContact[];
  /** Undefined when the cluster cannot be merged as scanned; `blocked` says why. */
  plan: MergePlan | undefined;
  blocked?: string;
}

function planCluster(
  row: ClusterRow,
  stored: ReadonlyMap<string, ExternalContact>,
  rule: MergeRule,
): Planned {
  const contacts = row.members.flatMap(({ contact }) => stored.get(contact.id) ?? []);
  if (contacts.length < row.members.length) {
    return {
      row,
      contacts,
      plan: undefined,
      blocked: 'A contact of it was deleted since the scan.',
    };
  }
  if (contacts.some((contact) => contact.mergedTo)) {
    return {
      row,
      contacts,
      plan: undefined,
      blocked: 'Some of its contacts were merged since the scan: review it on the merge screen.',
    };
  }
  return { row, contacts, plan: planMerge(contacts, rule) };
}

function ClusterPreview({ planned }: { planned: Planned }) {
  const { row, contacts, plan, blocked } = planned;
  const names = row.names.join(', ');
  return (
    <section className="merge-preview" aria-label={`Preview: ${names}`}>
      <h3>
        {names} <span className="muted">({row.members.length} contacts)</span>
      </h3>
      {blocked || !plan ? (
        <p className="cluster-error">Not merged: {blocked}</p>
      ) : (
        <>
          {plan.contested.length === 0 ? (
            <p>Every field is the same in all contacts.</p>
          ) : (
            <dl className="merge-preview-kept" aria-label={`The merged contact keeps: ${names}`}>
              {plan.contested.map((field) => {
                const value = plan.values[field.id];
                return (
                  <div key={field.id}>
                    <dt>{field.label}</dt>
                    <dd>{value === undefined ? '(none)' : field.format(value)}</dd>
                  </div>
                );
              })}
            </dl>
          )}
          {plan.dropped.length === 0 ? (
            <p className="muted">Nothing is dropped.</p>
          ) : (
            <div className="merge-preview-dropped">
              <p>Will be dropped:</p>
              <ul aria-label={`Will be dropped: ${names}`}>
                {plan.dropped.map((item) => (
                  <li key={item.id}>
                    {item.field.format(item.value)}{' '}
                    <span className="muted">({droppedWhere(contacts, item)})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function OutcomeText({ outcome }: { outcome: ClusterOutcome | undefined }) {
  switch (outcome?.state) {
    case 'merged':
      return (
        <>
          Merged.{' '}
          <Link to="/contacts/$contactId" params={{ contactId: outcome.resultId }}>
            Open the merged contact
          </Link>
        </>
      );
    case 'failed':
      return <span className="cluster-error">Failed: {outcome.message}</span>;
    case 'merging':
      return <>Merging…</>;
    default:
      return <>Waiting</>;
  }
}

/**
 * Merging the selected clusters with one rule: the rule, a preview of what each result keeps
 * and drops (planned on the contacts as stored now), then progress and each cluster's result.
 */
export function BulkMergeDialog({
  open,
  rows,
  scanId,
  allowedRules,
  bulk,
  onClose,
}: {
  open: boolean;
  rows: readonly ClusterRow[];
  scanId: string;
  allowedRules: readonly MergeRule[];
  bulk: ReturnType<typeof useBulkMerge>;
  onClose: () => void;
}) {
  const ref = useModalDialog(open);
  const titleId = useId();
  const { api } = useServices();
  const [rule, setRule] = useState<MergeRule>(allowedRules[0] ?? 'default');
  const ids = rows.flatMap((row) => row.members.map(({ contact }) => contact.id));
  const stored = useQuery({
    queryKey: [...duplicateKeys.all, 'stored-contacts', ids] as const,
    queryFn: ({ signal }) => readStoredContacts(api, ids, signal),
    enabled: open && ids.length > 0,
    staleTime: 0,
    gcTime: 0,
  });
  const planned = stored.data ? rows.map((row) => planCluster(row, stored.data, rule)) : [];
  const ready = planned.filter((item) => item.plan !== undefined);
  const started = rows.some((row) => bulk.outcomes.has(row.cluster.id));
  const outcomes = rows.map((row) => bulk.outcomes.get(row.cluster.id));
  const merged = outcomes.filter((outcome) => outcome?.state === 'merged').length;
  const failed = rows.filter((row) => bulk.outcomes.get(row.cluster.id)?.state === 'failed');
  const finished = outcomes.filter(
    (outcome) => outcome?.state === 'merged' || outcome?.state === 'failed',
  ).length;
  const total = rows.filter((row) => bulk.outcomes.has(row.cluster.id)).length;

  const requestsFor = (items: readonly Planned[]): ClusterMergeRequest[] =>
    items.flatMap(({ row, contacts, plan }) =>
      plan
        ? [
            {
              scanId,
              clusterId: row.cluster.id,
              contactIds: contacts.map((contact) => contact.id),
              rule,
              valueOverride: plan.valueOverride,
            },
          ]
        : [],
    );

  return (
    <dialog
      ref={ref}
      className="confirm-dialog bulk-merge-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!bulk.running) onClose();
      }}
    >
      <h2 id={titleId}>
        Merge {rows.length} {rows.length === 1 ? 'cluster' : 'clusters'}
      </h2>
      {!started ? (
        <>
          <fieldset className="merge-rule-choice">
            <legend>What each merged contact keeps</legend>
            {MERGE_RULES.map((candidate) => (
              <label key={candidate}>
                <input
                  type="radio"
                  name="merge-rule"
                  value={candidate}
                  checked={rule === candidate}
                  disabled={!allowedRules.includes(candidate)}
                  onChange={() => setRule(candidate)}
                />
                <span>
                  <strong>{RULE_TEXT[candidate].label}</strong>{' '}
                  <span className="muted">{RULE_TEXT[candidate].hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="bulk-merge-body">
            {stored.isError ? (
              <QueryError
                error={stored.error}
                title="The contacts could not be read."
                onRetry={() => void stored.refetch()}
              />
            ) : stored.isPending ? (
              <p role="status">Reading the contacts as stored now…</p>
            ) : (
              planned.map((item) => <ClusterPreview key={item.row.cluster.id} planned={item} />)
            )}
          </div>
          <p className="muted">
            Each cluster becomes one new curated contact; the originals stay readable in its merge
            history. Merges cannot be undone.
          </p>
        </>
      ) : (
        <>
          <progress
            className="bulk-merge-progress"
            aria-label="Clusters merged"
            max={Math.max(total, 1)}
            value={finished}
          />
          <p role="status">
            {bulk.running
              ? `Merging: ${finished} of ${total} done.`
              : `Done: ${merged} merged${failed.length > 0 ? `, ${failed.length} failed` : ''}.`}
          </p>
          <div className="bulk-merge-body">
            <ol className="bulk-merge-results">
              {rows.map((row) => (
                <li key={row.cluster.id}>
                  <strong>{row.names.join(', ')}</strong>:{' '}
                  <OutcomeText outcome={bulk.outcomes.get(row.cluster.id)} />
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
      <div className="confirm-dialog-actions">
        <GuxButtonSlot accent="secondary">
          <button type="button" onClick={onClose} disabled={bulk.running}>
            {started ? 'Close' : 'Cancel'}
          </button>
        </GuxButtonSlot>
        {!started ? (
          <GuxButtonSlot accent="primary">
            <button
              type="button"
              disabled={ready.length === 0}
              onClick={() => void bulk.run(requestsFor(ready))}
            >
              Merge {ready.length} {ready.length === 1 ? 'cluster' : 'clusters'}
            </button>
          </GuxButtonSlot>
        ) : failed.length > 0 && !bulk.running ? (
          <GuxButtonSlot accent="primary">
            <button
              type="button"
              onClick={() =>
                void bulk.run(
                  requestsFor(
                    planned.filter((item) =>
                      failed.some((row) => row.cluster.id === item.row.cluster.id),
                    ),
                  ),
                )
              }
            >
              Retry {failed.length} failed
            </button>
          </GuxButtonSlot>
        ) : null}
      </div>
    </dialog>
  );
}
