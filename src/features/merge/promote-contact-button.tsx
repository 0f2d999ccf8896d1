import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { usePermissions } from '@/auth/me-query';
import type { ExternalContact } from '@/models/contact-fields';
import { MutationConfirmDialog } from '@/ui/mutation-confirm-dialog';
import { usePromoteContact } from './api';
import { PROMOTE_PERMISSIONS } from './merge-permissions';

/**
 * "Promote to curated" for an observed (Ephemeral or Identified) contact. Asked first because it
 * changes how long the record lives: observed contacts expire 60 days after their last
 * interaction, curated ones are kept until someone deletes them.
 */
export function PromoteContactButton({ contact }: { contact: ExternalContact }) {
  const { can } = usePermissions();
  const promote = usePromoteContact(contact.id);
  const [open, setOpen] = useState(false);
  const observed = contact.type === 'Ephemeral' || contact.type === 'Identified';
  if (!observed || !can(...PROMOTE_PERMISSIONS)) return null;
  return (
    <>
      <GuxButtonSlot accent="secondary">
        <button type="button" onClick={() => setOpen(true)}>
          Promote to curated
        </button>
      </GuxButtonSlot>
      <MutationConfirmDialog
        open={open}
        mutation={promote}
        title="Promote to curated?"
        confirmLabel="Promote"
        pendingLabel="Promoting…"
        onConfirm={() => promote.mutate(undefined, { onSuccess: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      >
        <p>
          This {contact.type?.toLowerCase()} contact becomes a curated contact: it no longer expires
          60 days after its last interaction and is kept until someone deletes it.
        </p>
      </MutationConfirmDialog>
    </>
  );
}
