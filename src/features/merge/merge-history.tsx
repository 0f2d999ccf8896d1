import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/app/services';
import { ContactTypeBadge } from '@/features/contacts';
import { contactName, type ExternalContact } from '@/models/contact-fields';
import { formatDateTime } from '@/models/format-date';
import { QueryError } from '@/ui/query-error';
import { mergeHistoryQueryOptions } from './api';

/**
 * A merged contact's ancestors by name, as they were stored before the merge (read through
 * /bulk/contacts/unresolved: a plain read of an ancestor's id answers with this contact). The
 * Overview lists the same ids under "Merge information"; this says who they were.
 */
export function MergeHistory({ contact }: { contact: ExternalContact }) {
  const { api } = useServices();
  const ancestorIds = (contact.mergeSet ?? [])
    .map((ref) => ref.id)
    .filter((id) => id !== contact.id);
  const history = useQuery({
    ...mergeHistoryQueryOptions(api, contact.id, ancestorIds),
    enabled: ancestorIds.length > 0,
  });
  if (ancestorIds.length === 0) return null;
  const direct = new Set((contact.mergedFrom ?? []).map((ref) => ref.id));
  return (
    <section className="detail-section merge-history" aria-labelledby="merge-history-title">
      <h2 id="merge-history-title">Merge history</h2>
      {history.isPending ? (
        <p role="status">Loading the merged contacts…</p>
      ) : history.isError ? (
        <QueryError
          error={history.error}
          title="The merged contacts could not be loaded."
          onRetry={() => void history.refetch()}
        />
      ) : (
        <table className="data-table">
          <caption>Contacts merged into {contactName(contact)}</caption>
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Type</th>
              <th scope="col">Last modified</th>
              <th scope="col">Merged</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((state) => (
              <tr key={state.id}>
                {state.state === 'found' ? (
                  <>
                    <th scope="row">
                      {contactName(state.contact)}
                      <div className="muted">{state.id}</div>
                    </th>
                    <td>
                      <ContactTypeBadge type={state.contact.type} />
                    </td>
                    <td>{formatDateTime(state.contact.modifyDate)}</td>
                    <td>
                      {direct.has(state.id) ? 'Directly into this contact' : 'In an earlier merge'}
                    </td>
                  </>
                ) : (
                  <>
                    <th scope="row">{state.id}</th>
                    <td colSpan={3} className="muted">
                      {state.state === 'missing' ? 'No longer stored.' : state.message}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
