import { Link } from '@tanstack/react-router';
import { contactName } from '@/models/contact-fields';
import { formatDateTime } from '@/models/format-date';
import type { ClusterRow } from './cluster-rows';
import { identifierLabel } from './cluster-view';
import { compareFields } from './field-differences';

/**
 * A cluster opened: its contacts as columns and their fields as rows, the fields that differ
 * first and marked in words as well as in colour; then what links them and any merge failure.
 */
export function ClusterDifferences({ row }: { row: ClusterRow }) {
  const contacts = row.members.map(({ contact }) => contact);
  const compared = compareFields(contacts);
  const differing = compared.filter((field) => field.differs);
  const same = compared.filter((field) => !field.differs);
  const names = row.names.join(', ');
  const error = row.cluster.mergeInfo?.error?.message;
  return (
    <div className="cluster-details">
      <table className="data-table cluster-compare">
        <caption>
          {differing.length === 0
            ? `${names}: no field differs`
            : `${names}: ${differing.length} ${differing.length === 1 ? 'field differs' : 'fields differ'}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {contacts.map((contact, index) => (
              <th scope="col" key={contact.id}>
                <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                  {index + 1}. {contactName(contact)}
                </Link>
                <span className="cluster-compare-meta">
                  {contact.type ?? 'Unknown type'}, modified {formatDateTime(contact.modifyDate)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {differing.map(({ field, cells }) => (
            <tr key={field.id} className="differs">
              <th scope="row">
                {field.label} <span className="differs-tag">differs</span>
              </th>
              {cells.map((cell, index) => (
                <td key={contacts[index]?.id ?? index}>
                  {cell === '' ? <span className="muted">(none)</span> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {same.length > 0 ? (
        <p className="muted">
          The same in every contact: {same.map(({ field }) => field.label).join(', ')}.
        </p>
      ) : null}
      <p>
        Linked by: {row.identifiers.map(identifierLabel).join('; ')}.
        {row.cluster.mergeInfo?.dateMerged
          ? ` Merge attempted ${formatDateTime(row.cluster.mergeInfo.dateMerged)}.`
          : ''}
      </p>
      {error ? <p className="cluster-error">The merge failed: {error}</p> : null}
    </div>
  );
}
