import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useState, type FormEvent } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { formatDateTime } from '@/models/format-date';
import { organizationDetailQueryOptions } from './api';
import { useLinkTrustor, useUnlinkTrustor } from './trustor-api';
import type { ExternalOrganization } from '@/models/organization-fields';
import { OrganizationPicker, type OrganizationChoice } from './organization-picker';
import { PERMISSIONS } from '@/models/permissions';

/**
 * The trustor this organization represents, with link and unlink. The trustor's name is read
 * after first paint (the detail carries only its id): a missing record still shows the id.
 */
export function OrganizationTrustorSection({
  organization,
}: {
  organization: ExternalOrganization;
}) {
  const { can } = usePermissions();
  const canEdit = can(...PERMISSIONS.organization.trustorEdit);
  const trustor = organization.trustor;
  return (
    <section className="detail-section" aria-labelledby="section-trustor">
      <h2 id="section-trustor">Trustor</h2>
      {trustor ? (
        <LinkedTrustor organization={organization} trustorId={trustor.id} canEdit={canEdit} />
      ) : (
        <p className="muted">No trustor linked.</p>
      )}
      {trustor?.dateCreated ? (
        <p className="muted">Linked {formatDateTime(trustor.dateCreated)}</p>
      ) : null}
      {canEdit ? (
        <LinkTrustorForm organizationId={organization.id} hasTrustor={Boolean(trustor)} />
      ) : (
        <p className="muted">
          Linking a trustor needs the External Contacts organization edit permission.
        </p>
      )}
    </section>
  );
}

function LinkedTrustor({
  organization,
  trustorId,
  canEdit,
}: {
  organization: ExternalOrganization;
  trustorId: string;
  canEdit: boolean;
}) {
  const { api } = useServices();
  const trustor = useQuery({ ...organizationDetailQueryOptions(api, trustorId), retry: false });
  const unlink = useUnlinkTrustor(organization.id);
  return (
    <>
      <p>
        {trustor.isError ? (
          <span>Trustor organization {trustorId}</span>
        ) : (
          <Link to="/organizations/$organizationId" params={{ organizationId: trustorId }}>
            {trustor.data?.name ?? trustorId}
          </Link>
        )}{' '}
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
  hasTrustor,
}: {
  organizationId: string;
  hasTrustor: boolean;
}) {
  const [choice, setChoice] = useState<OrganizationChoice | null>(null);
  const [missing, setMissing] = useState(false);
  const link = useLinkTrustor(organizationId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    if (!choice) {
      setMissing(true);
      return;
    }
    link.mutate(choice.id, { onSuccess: () => setChoice(null) });
  };
  return (
    <form className="trustor-form" onSubmit={submit} aria-label="Link a trustor" noValidate>
      <OrganizationPicker
        label={hasTrustor ? 'Replace trustor' : 'Trustor'}
        value={choice}
        excludeId={organizationId}
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
