import { GuxBadge, GuxInlineAlert } from 'genesys-spark-components-react';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { ContactTypeBadge } from '@/features/contacts';
import { contactName } from '@/models/contact-fields';
import { formatDateTime } from '@/models/format-date';
import {
  canMergeCluster,
  clusterMembers,
  identifierLabel,
  isMerged,
  mergeResultId,
  reviewIds,
  STATUS_LABELS,
} from './cluster-view';
import type { Cluster } from './graph-model';
import { MergeClusterAction } from './merge-cluster-action';

const STATUS_ACCENTS = {
  NotMerged: 'info',
  ManualSucceeded: 'success',
  AutoSucceeded: 'success',
  ManualFailed: 'error',
  AutoFailed: 'error',
  ManualQueued: 'warning',
  AutoQueued: 'warning',
} as const;

/** One cluster: its contacts, what links them, its merge state and what can be done with it. */
export function ClusterCard({
  cluster,
  scanId,
  canMerge,
  canReview,
}: {
  cluster: Cluster;
  scanId: string;
  canMerge: boolean;
  canReview: boolean;
}) {
  const headingId = useId();
  const members = clusterMembers(cluster);
  const status = cluster.mergeInfo?.status ?? 'NotMerged';
  // Duplicates usually share their name: each name once makes a readable heading.
  const heading = [...new Set(members.map(({ contact }) => contactName(contact)))].join(', ');
  const resultId = mergeResultId(cluster);
  const ids = reviewIds(cluster);
  const open = canMergeCluster(status);
  return (
    <article className="cluster-card" aria-labelledby={headingId}>
      <header className="cluster-card-header">
        <h2 id={headingId}>{heading}</h2>
        <GuxBadge accent={STATUS_ACCENTS[status]}>{STATUS_LABELS[status]}</GuxBadge>
      </header>
      <p className="muted">
        {members.length} contacts in {cluster.division?.name ?? 'an unnamed division'}
      </p>
      <table className="data-table cluster-table">
        <caption className="visually-hidden">Contacts in this cluster</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Shared identifiers</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ contact, links }) => (
            <tr key={contact.id}>
              <td>
                <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                  {contactName(contact)}
                </Link>
              </td>
              <td>
                <ContactTypeBadge type={contact.type} />
              </td>
              <td>
                <ul className="cluster-links">
                  {links.map((link) => (
                    <li key={link.vertexId}>{identifierLabel(link)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isMerged(status) ? (
        <p role="status">
          Merged {formatDateTime(cluster.mergeInfo?.dateMerged)}.{' '}
          {resultId ? (
            <Link to="/contacts/$contactId" params={{ contactId: resultId }}>
              Open the merged contact
            </Link>
          ) : null}
        </p>
      ) : null}
      {status.endsWith('Failed') ? (
        <GuxInlineAlert accent="error">
          <div>
            The merge failed
            {cluster.mergeInfo?.dateMerged
              ? ` (${formatDateTime(cluster.mergeInfo.dateMerged)})`
              : ''}
            : {cluster.mergeInfo?.error?.message ?? 'no reason given.'}
          </div>
        </GuxInlineAlert>
      ) : null}
      {open && (canMerge || (canReview && ids.length > 1)) ? (
        <div className="cluster-actions">
          {canMerge ? (
            <MergeClusterAction
              scanId={scanId}
              clusterId={cluster.id}
              members={members}
              heading={heading}
            />
          ) : null}
          {canReview && ids.length > 1 ? (
            <Link
              to="/contacts/merge"
              search={{ ids }}
              className="link-button secondary"
              aria-label={`Review and merge: ${heading}`}
            >
              Review and merge…
            </Link>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
