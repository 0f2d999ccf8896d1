import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { contactName } from '@/models/contact-fields';
import { MutationConfirmDialog } from '@/ui/mutation-confirm-dialog';
import { useMergeCluster } from './api';
import type { ClusterMember } from './cluster-view';

/** "Merge this cluster", behind a question that names who will become one contact. */
export function MergeClusterAction({
  scanId,
  clusterId,
  members,
  heading,
}: {
  scanId: string;
  clusterId: string;
  members: ClusterMember[];
  heading: string;
}) {
  const [open, setOpen] = useState(false);
  const merge = useMergeCluster(scanId);
  return (
    <>
      <GuxButtonSlot accent="primary">
        <button
          type="button"
          aria-label={`Merge this cluster: ${heading}`}
          onClick={() => {
            merge.reset();
            setOpen(true);
          }}
        >
          Merge this cluster
        </button>
      </GuxButtonSlot>
      <MutationConfirmDialog
        open={open}
        mutation={merge}
        title="Merge this cluster?"
        confirmLabel="Merge"
        pendingLabel="Merging…"
        onClose={() => setOpen(false)}
        onConfirm={() => merge.mutate(clusterId, { onSuccess: () => setOpen(false) })}
      >
        <p>
          These {members.length} contacts become one new curated contact. The originals stay
          readable in its merge history; this cannot be undone.
        </p>
        <ul>
          {members.map(({ contact }) => (
            <li key={contact.id}>{contactName(contact)}</li>
          ))}
        </ul>
      </MutationConfirmDialog>
    </>
  );
}
