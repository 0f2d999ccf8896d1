import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useState, type FormEvent } from 'react';
import { usePermissions } from '@/auth/me-query';
import { formatDateTime } from '@/models/format-date';
import type { ExternalOrganization } from '@/models/organization-fields';
import { PERMISSIONS } from '@/models/permissions';
import { trustorName, type Trustor } from '@/models/trustor';
import { useLinkTrustor, useUnlinkTrustor } from './trustor-api';
import { TrustorPicker } from './trustor-picker';

/**
 * The Genesys Cloud org this external organization stands for (a trustor: an org that trusts
 * this one), with link and unlink. The detail embeds the whole trustor (`includeTrustors`).
 */
export function OrganizationTrustorSection({
  organization,
}: {
  organization: ExternalOrganization;
}) {
  const { can } = usePermissions();
  const canEdit = can(...PERMISSIONS.organization.trustorEdit);
  const canFind = can(...PERMISSIONS.organization.trustorView);
  const trustor = organization.trustor;
  return (
    <section className="detail-section" aria-labelledby="section-trustor">
      <h2 id="section-trustor">Trustor</h2>
      {trustor ? (
        <LinkedTrustor organizationId={organization.id} trustor={trustor} canEdit={canEdit} />
      ) : (
        <p className="muted">No trustor linked.</p>
      )}
      {!canEdit ? (
        <p className="muted">
          Linking a trustor needs the External Contacts organization edit permission.
        </p>
      ) : canFind ? (
        <LinkTrustorForm organizationId={organization.id} linkedId={trustor?.id} />
      ) : (
        <p className="muted">
          Finding a trustor to link needs the authorization:orgTrustor:view permission.
        </p>
      )}
    </section>
  );
}

function LinkedTrustor({
  organizationId,
  trustor,
  canEdit,
}: {
  organizationId: string;
  trustor: Trustor;
  canEdit: boolean;
}) {
  const unlink = useUnlinkTrustor(organizationId);
  const domain = trustor.organization?.domain;
  return (
    <>
      <p>
        {/* Another Genesys Cloud org, not a record of this one: a name, not a link. */}
        <strong>{trustorName(trustor)}</strong>
        {domain ? <span className="muted"> · {domain}</span> : null}{' '}
        {canEdit ? (
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              disabled={unlink.isPending}
              onClick={() => {
                if (!unlink.isPending) unlink.mutate();
              }}
            >
              {unlink.isPending ? 'Unlinking…' : 'Unlink trustor'}
            </button>
          </GuxButtonSlot>
        ) : null}
      </p>
      {trustor.enabled === false ? (
        <p className="muted">
          The trust is disabled: this org&apos;s users cannot sign in to the trustor org.
        </p>
      ) : null}
      {trustor.dateCreated ? (
        <p className="muted">Trust granted {formatDateTime(trustor.dateCreated)}</p>
      ) : null}
      {unlink.error ? (
        <GuxInlineAlert accent="error">
          <div role="alert">The trustor could not be unlinked. {unlink.error.message}</div>
        </GuxInlineAlert>
      ) : null}
    </>
  );
}

function LinkTrustorForm({
  organizationId,
  linkedId,
}: {
  organizationId: string;
  linkedId: string | undefined;
}) {
  const [choice, setChoice] = useState<Trustor | null>(null);
  const [missing, setMissing] = useState(false);
  const link = useLinkTrustor(organizationId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    if (!choice) {
      setMissing(true);
      return;
    }
    link.mutate(choice, { onSuccess: () => setChoice(null) });
  };
  return (
    <form className="trustor-form" onSubmit={submit} aria-label="Link a trustor" noValidate>
      <TrustorPicker
        label={linkedId ? 'Replace trustor' : 'Trustor'}
        value={choice}
        linkedId={linkedId}
        onChange={(next) => {
          setChoice(next);
          setMissing(false);
          link.reset();
        }}
        error={
          missing
            ? 'Choose the trustor organization first.'
            : link.error
              ? `The trustor could not be linked. ${link.error.message}`
              : undefined
        }
      />
      <GuxButtonSlot accent="primary">
        <button type="submit" disabled={link.isPending}>
          {link.isPending ? 'Linking…' : 'Link trustor'}
        </button>
      </GuxButtonSlot>
    </form>
  );
}
