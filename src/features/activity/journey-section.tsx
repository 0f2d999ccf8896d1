import { zodResolver } from '@hookform/resolvers/zod';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { formatDateTime } from '@/models/format-date';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { QueryError } from '@/ui/query-error';
import { SubmitButton } from '@/ui/submit-button';
import { segmentsQueryOptions, sessionsQueryOptions, useUpdateSegments } from './api';
import type { JourneySession } from './activity-model';
import { parseSegmentIds, segmentChangeSchema, type SegmentChangeValues } from './activity-schemas';
import { ActionButton } from '@/ui/action-button';
import { ColumnHeaders } from '@/ui/column-headers';

interface JourneyProps {
  contactId: string;
  includeMerged: boolean;
}

/** Journey sessions, newest first, a page at a time through the API's `after` cursor. */
export function JourneySessions({ contactId, includeMerged }: JourneyProps) {
  const { api } = useServices();
  const { can } = usePermissions();
  const allowed = can(...PERMISSIONS.journey.sessionView);
  const query = useInfiniteQuery({
    ...sessionsQueryOptions(api, contactId, includeMerged),
    enabled: allowed,
  });
  const sessions = query.data?.pages.flatMap((page) => page.entities ?? []) ?? [];
  return (
    <section className="activity-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Journey sessions</h2>
      {!allowed ? (
        <p className="muted">Viewing sessions needs the session view permission.</p>
      ) : query.isError ? (
        <QueryError
          error={query.error}
          title="The sessions could not be loaded."
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <p aria-busy="true">Loading sessions…</p>
      ) : sessions.length === 0 ? (
        <p className="muted">No journey sessions{includeMerged ? ' in the merge set' : ''}.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Journey sessions</caption>
          <ColumnHeaders
            titles={['Started', 'Ended', 'Type', 'Pages viewed', 'Last page', 'Browser', 'Contact']}
          />
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>{formatDateTime(session.createdDate)}</td>
                <td>{formatDateTime(session.endedDate)}</td>
                <td>{session.type}</td>
                <td>{session.pageviewCount ?? '—'}</td>
                <td>
                  {/* Page titles and URLs come from the visitor's browser: text, never a link. */}
                  {session.lastPage?.title ?? session.lastPage?.url ?? '—'}
                </td>
                <td>{browserLabel(session)}</td>
                <td>
                  {session.externalContact?.id === contactId
                    ? 'This contact'
                    : `Merged record ${session.externalContact?.id ?? ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {query.hasNextPage ? (
        <ActionButton
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load more sessions'}
        </ActionButton>
      ) : null}
    </section>
  );
}

function browserLabel(session: JourneySession): string {
  const parts = [session.browser?.family, session.device?.osFamily].filter(Boolean);
  return parts.length > 0 ? parts.join(' on ') : '—';
}

/** Segment assignments, and the form that assigns and unassigns up to 10 at once. */
export function JourneySegments({ contactId, includeMerged }: JourneyProps) {
  const { api } = useServices();
  const { can } = usePermissions();
  const allowed = can(...PERMISSIONS.journey.segmentView);
  const query = useQuery({
    ...segmentsQueryOptions(api, contactId, includeMerged),
    enabled: allowed,
  });
  const assignments = query.data?.entities ?? [];
  return (
    <section className="activity-section" aria-labelledby="segments-heading">
      <h2 id="segments-heading">Segment assignments</h2>
      {!allowed ? (
        <p className="muted">Viewing segments needs the segment assignment view permission.</p>
      ) : query.isError ? (
        <QueryError
          error={query.error}
          title="The segments could not be loaded."
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <p aria-busy="true">Loading segments…</p>
      ) : assignments.length === 0 ? (
        <p className="muted">No segment is assigned.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Segment assignments</caption>
          <ColumnHeaders titles={['Segment', 'Assigned', 'Unassigned on']} />
          <tbody>
            {assignments.map((assignment) => (
              <tr key={`${assignment.segment?.id}-${assignment.externalContact?.id}`}>
                <td>{assignment.segment?.id}</td>
                <td>{formatDateTime(assignment.dateAssigned)}</td>
                <td>{formatDateTime(assignment.dateForUnassignment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(...PERMISSIONS.journey.segmentChange) ? (
        <SegmentChangeForm contactId={contactId} />
      ) : null}
    </section>
  );
}

function SegmentChangeForm({ contactId }: { contactId: string }) {
  const id = useId();
  const update = useUpdateSegments(contactId);
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'partial'; text: string } | null>(null);
  const form = useForm<SegmentChangeValues>({
    resolver: zodResolver(segmentChangeSchema),
    defaultValues: { assign: '', unassign: '' },
  });
  const { register, reset } = form;
  const { errors } = form.formState;
  const { onSubmit, failure, pending } = useFormSave({
    form,
    save: async (values: SegmentChangeValues) => {
      setOutcome(null);
      const response = await update.mutateAsync({
        assign: parseSegmentIds(values.assign),
        unassign: parseSegmentIds(values.unassign),
      });
      const unprocessed = response.unprocessedItems;
      const left = [
        ...(unprocessed?.assign?.segments ?? []).map((s) => `assign ${s.id}`),
        ...(unprocessed?.unassign?.segments ?? []).map((s) => `unassign ${s.id}`),
      ];
      if (left.length > 0) {
        // The API applied the rest; what it left is kept in the form so it can be retried.
        setOutcome({ kind: 'partial', text: `Not processed: ${left.join(', ')}.` });
        reset({
          assign: (unprocessed?.assign?.segments ?? []).map((s) => s.id).join('\n'),
          unassign: (unprocessed?.unassign?.segments ?? []).map((s) => s.id).join('\n'),
        });
      } else {
        setOutcome({ kind: 'ok', text: 'Segments updated.' });
        reset({ assign: '', unassign: '' });
      }
    },
    fallbackMessage: 'The segments were not updated.',
  });
  const error = errors.assign?.message;
  return (
    <form className="activity-form" noValidate onSubmit={onSubmit}>
      <h3>Change segments</h3>
      <p className="muted" id={`${id}-help`}>
        One segment id per line; at most 10 in one change, assign and unassign together.
      </p>
      <div className="activity-fields">
        <div className="activity-field">
          <label htmlFor={`${id}-assign`}>Segment ids to assign</label>
          <textarea
            id={`${id}-assign`}
            rows={3}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : `${id}-help`}
            {...register('assign')}
          />
        </div>
        <div className="activity-field">
          <label htmlFor={`${id}-unassign`}>Segment ids to unassign</label>
          <textarea
            id={`${id}-unassign`}
            rows={3}
            aria-describedby={`${id}-help`}
            {...register('unassign')}
          />
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {outcome ? (
        <GuxInlineAlert accent={outcome.kind === 'ok' ? 'success' : 'warning'}>
          <div role={outcome.kind === 'ok' ? 'status' : 'alert'}>{outcome.text}</div>
        </GuxInlineAlert>
      ) : null}
      <SaveFailureAlert failure={failure} />
      <SubmitButton pending={pending} pendingLabel="Updating…">
        Update segments
      </SubmitButton>
    </form>
  );
}
