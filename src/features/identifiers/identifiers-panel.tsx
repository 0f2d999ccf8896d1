import { useSuspenseQuery } from '@tanstack/react-query';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import type { ContactIdentifier } from '@/features/contacts/contact-model';
import { formatDateTime } from '@/features/contacts/format';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import '@/ui/ui.css';
import { identifiersQueryOptions, useIdentifierClaim, type IdentifierOwner } from './api';
import { ClaimIdentifierForm } from './claim-identifier-form';
import { identifierTypeLabel } from './identifier-types';
import './identifiers.css';

/** The API's ANY lists for PATCH …/identifiers (endpoints.md). */
const EDIT_PERMISSIONS: Record<IdentifierOwner['kind'], string[]> = {
  contact: ['externalContacts:contact:edit'],
  organization: ['externalContacts:externalOrganization:edit'],
};

/** An owner's identifiers: the list, and claim/release for people allowed to change them. */
export function IdentifiersPanel({ owner }: { owner: IdentifierOwner }) {
  const { api } = useServices();
  const { can } = usePermissions();
  const { data } = useSuspenseQuery(identifiersQueryOptions(api, owner));
  const canEdit = can(...EDIT_PERMISSIONS[owner.kind]);
  const identifiers = data.entities ?? [];
  const [releasing, setReleasing] = useState<ContactIdentifier | null>(null);
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
                  {canEdit ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
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
                        <GuxButtonSlot accent="secondary">
                          <button
                            type="button"
                            aria-label={`Release ${identifierTypeLabel(identifier.type)} ${identifier.value ?? ''}`}
                            onClick={() => setReleasing(identifier)}
                          >
                            Release
                          </button>
                        </GuxButtonSlot>
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
  identifier: ContactIdentifier | null;
  onClose: () => void;
}) {
  const release = useIdentifierClaim(owner);
  const label = identifier ? identifierTypeLabel(identifier.type) : '';
  const close = () => {
    release.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={identifier !== null}
      title="Release identifier?"
      confirmLabel={release.isPending ? 'Releasing…' : 'Release'}
      danger
      pending={release.isPending}
      error={release.error?.message}
      onCancel={close}
      onConfirm={() => {
        if (!identifier?.type || identifier.value === undefined || release.isPending) return;
        release.mutate(
          {
            operation: 'Release',
            identifier: { type: identifier.type, value: identifier.value },
          },
          { onSuccess: close },
        );
      }}
    >
      <p>
        {label} <strong>{identifier?.value}</strong> will no longer point to this{' '}
        {owner.kind === 'contact' ? 'contact' : 'organization'}. Another record may claim it
        afterwards.
      </p>
    </ConfirmDialog>
  );
}
