import { Link } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId } from 'react';
import { usePermissions } from '@/auth/me-query';
import { MERGE_PERMISSIONS } from './merge-permissions';
import { MAX_MERGE_CONTACTS, MIN_MERGE_CONTACTS } from './merge-search';

/**
 * The selection bar's "Merge N contacts": a link to the merge screen with the selected ids, for
 * users who may merge. Outside 2–25 it stays visible but disabled, with the reason next to it,
 * so the user learns the rule instead of wondering where the action went.
 */
export function MergeSelectedAction({ contactIds }: { contactIds: readonly string[] }) {
  const { can } = usePermissions();
  const reasonId = useId();
  if (!can(...MERGE_PERMISSIONS)) return null;
  const count = contactIds.length;
  const label = `Merge ${count} ${count === 1 ? 'contact' : 'contacts'}`;
  const reason =
    count < MIN_MERGE_CONTACTS
      ? `Select at least ${MIN_MERGE_CONTACTS} contacts to merge.`
      : count > MAX_MERGE_CONTACTS
        ? `A merge takes at most ${MAX_MERGE_CONTACTS} contacts.`
        : null;
  if (reason === null) {
    return (
      <Link
        to="/contacts/merge"
        search={{ ids: [...contactIds] }}
        className="link-button secondary"
      >
        {label}
      </Link>
    );
  }
  return (
    <>
      <GuxButtonSlot accent="secondary">
        <button type="button" disabled aria-describedby={reasonId}>
          {label}
        </button>
      </GuxButtonSlot>
      <span id={reasonId} className="muted">
        {reason}
      </span>
    </>
  );
}
