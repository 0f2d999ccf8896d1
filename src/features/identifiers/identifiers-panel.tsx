import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { ActionsHeader } from '@/ui/actions-header';
import { PERMISSIONS } from '@/models/permissions';
import type { RecordIdentifier } from '@/models/record-fields';
import { formatDateTime } from '@/models/format-date';
import { MutationConfirmDialog } from '@/ui/mutation-confirm-dialog';
import '@/ui/ui.css';
import { identifiersQueryOptions, useIdentifierClaim, type IdentifierOwner } from './api';
import { ClaimIdentifierForm } from './claim-identifier-form';
import { identifierTypeLabel } from './identifier-types';
import { ActionButton } from '@/ui/action-button';
import './identifiers.css';

/** An owner's identifiers: the list, and claim/release for people allowed to change them. */
export function IdentifiersPanel({ owner }: { owner: IdentifierOwner }) {
  const { api } = useServices();
  const { can } = usePermissions();
  const { data } = useSuspenseQuery(identifiersQueryOptions(api, owner));
  const canEdit = can(...PERMISSIONS[owner.kind].identifiersEdit);
  const identifiers = data.entities ?? [];
  const [releasing, setReleasing] = useState<RecordIdentifier | null>(null);
  const ownerNoun = owner.kind === 'contact' ? 'contact' : 'organization';

  return (
    <div className="identifiers-panel">
      <section className="detail-section" aria-labelledby="identifiers-heading">
        <h2 id="identifiers-heading">Identifiers</h2>
        <p className="muted">
          An identifier belongs to one {ownerNoun} only: interactions that carry it are linked here.
        </p>
        {identifiers.length === 0 ? (
          <p>This {ownerNoun} holds no identifiers.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Identifiers of this {ownerNoun}</caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Value</th>
                  <th scope="col">Claimed</th>
                  {canEdit ? <ActionsHeader /> : null}
                </tr>
              </thead>
              <tbody>
                {identifiers.map((identifier) => (
                  <tr key={`${identifier.type ?? ''}:${identifier.value ?? ''}`}>
                    <td>{identifierTypeLabel(identifier.type)}</td>
                    <td className="identifier-value">{identifier.value}</td>
                    <td>{formatDateTime(identifier.dateCreated)}</td>
                    {canEdit ? (
                      <td>
                        <ActionButton
                          aria-label={`Release ${identifierTypeLabel(identifier.type)} ${identifier.value ?? ''}`}
                          onClick={() => setReleasing(identifier)}
                        >
                          Release
                        </ActionButton>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canEdit ? null : (
          <p className="muted">You can see these identifiers but not claim or release them.</p>
        )}
      </section>
      {canEdit ? <ClaimIdentifierForm owner={owner} /> : null}
      {canEdit ? (
        <ReleaseDialog owner={owner} identifier={releasing} onClose={() => setReleasing(null)} />
      ) : null}
    </div>
  );
}

function ReleaseDialog({
  owner,
  identifier,
  onClose,
}: {
  owner: IdentifierOwner;
  identifier: RecordIdentifier | null;
  onClose: () => void;
}) {
  const release = useIdentifierClaim(owner);
  const label = identifier ? identifierTypeLabel(identifier.type) : '';
  return (
    <MutationConfirmDialog
      open={identifier !== null}
      mutation={release}
      title="Release identifier?"
      confirmLabel="Release"
      pendingLabel="Releasing…"
      danger
      onClose={onClose}
      onConfirm={() => {
        if (!identifier?.type || identifier.value === undefined) return;
        release.mutate(
          {
            operation: 'Release',
            identifier: { type: identifier.type, value: identifier.value },
          },
          {
            onSuccess: () => {
              release.reset();
              onClose();
            },
          },
        );
      }}
    >
      <p>
        {label} <strong>{identifier?.value}</strong> will no longer point to this{' '}
        {owner.kind === 'contact' ? 'contact' : 'organization'}. Another record may claim it
        afterwards.
      </p>
    </MutationConfirmDialog>
  );
}
