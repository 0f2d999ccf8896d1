import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { MERGE_PERMISSIONS } from './merge-permissions';

/**
 * "Merge with…" on a contact's page: opens the merge screen with this contact, whose search box
 * adds the others (one screen to pick, compare and merge).
 */
export function MergeWithLink({ contactId }: { contactId: string }) {
  const { can } = usePermissions();
  if (!can(...MERGE_PERMISSIONS)) return null;
  return (
    <Link to="/contacts/merge" search={{ ids: [contactId] }} className="link-button secondary">
      Merge with…
    </Link>
  );
}
