import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { ActionButton } from '@/ui/action-button';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { formatCount } from '@/ui/format';
import { useDeleteSource, type ExternalSource } from './api';
import type { KindScanProgress, ReferenceKind } from './reference-scan';
import { useReferenceScan } from './use-reference-scan';

const NOUN: Record<ReferenceKind, [one: string, many: string]> = {
  contacts: ['contact', 'contacts'],
  organizations: ['organization', 'organizations'],
};

const counted = (kind: ReferenceKind, count: number) =>
  `${formatCount(count)} ${NOUN[kind][count === 1 ? 0 : 1]}`;

function progressLine(kind: ReferenceKind, scan: KindScanProgress | undefined): string {
  const many = NOUN[kind][1];
  if (scan === undefined) return `Checking ${many}…`;
  const read = `${formatCount(scan.scanned)} ${many} read`;
  switch (scan.status) {
    case 'running':
      return `Checking ${many}: ${read}, ${formatCount(scan.matches.length)} found so far…`;
    case 'done':
      return `All ${many} checked (${read}).`;
    case 'stopped':
      return `Stopped after ${read}: there may be more.`;
    case 'failed':
      return `The check of ${many} failed after ${read}: ${scan.error ?? 'unknown error'}`;
  }
}

function ReferenceLinks({ kind, scan }: { kind: ReferenceKind; scan: KindScanProgress }) {
  if (scan.matches.length === 0) return null;
  return (
    <details className="source-references">
      <summary>List the {counted(kind, scan.matches.length)}</summary>
      <ul>
        {scan.matches.map((record) => (
          <li key={record.id}>
            {kind === 'contacts' ? (
              <Link to="/contacts/$contactId" params={{ contactId: record.id }}>
                {record.name}
              </Link>
            ) : (
              <Link to="/organizations/$organizationId" params={{ organizationId: record.id }}>
                {record.name}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Deleting a source, after showing what still points at it: Genesys leaves the external ids of a
 * deleted source on its contacts and organizations (domain-rules §11), so the dialog scans both
 * and counts them while the user reads, with a Stop for orgs too large to wait for.
 */
export function DeleteSourceDialog({
  source,
  onClose,
}: {
  source: ExternalSource | null;
  onClose: () => void;
}) {
  const { can } = usePermissions();
  const kinds: ReferenceKind[] = [
    ...(can(...PERMISSIONS.contact.view) ? (['contacts'] as const) : []),
    ...(can(...PERMISSIONS.organization.view) ? (['organizations'] as const) : []),
  ];
  const scan = useReferenceScan(source?.id ?? null, kinds);
  const remove = useDeleteSource();
  const unchecked = (['contacts', 'organizations'] as const).filter(
    (kind) => !kinds.includes(kind),
  );
  const complete = kinds.every((kind) => scan.progress[kind]?.status === 'done');
  const summary = kinds
    .map((kind) => counted(kind, scan.progress[kind]?.matches.length ?? 0))
    .join(' and ');

  const close = () => {
    scan.stop();
    remove.reset();
    onClose();
  };

  return (
    <ConfirmDialog
      open={source !== null}
      title={`Delete the external source ${source?.name ?? ''}?`}
      confirmLabel="Delete source"
      danger
      pending={remove.isPending}
      error={remove.error?.message}
      onCancel={close}
      onConfirm={() => {
        if (source === null || remove.isPending) return;
        remove.mutate(source.id, { onSuccess: close });
      }}
    >
      <p>
        Genesys does not clean up records that reference a deleted source: their external ids stay,
        pointing at a source that no longer exists, and show without its name or link.
      </p>
      {kinds.length > 0 ? (
        <p data-testid="source-reference-count">
          <strong>
            {complete ? '' : 'At least '}
            {summary} still reference {source?.name}.
          </strong>
        </p>
      ) : null}
      <ul className="source-scan-progress" aria-live="polite">
        {kinds.map((kind) => (
          <li key={kind}>{progressLine(kind, scan.progress[kind])}</li>
        ))}
        {unchecked.map((kind) => (
          <li key={kind}>
            {NOUN[kind][1][0]?.toUpperCase()}
            {NOUN[kind][1].slice(1)} were not checked: your roles do not include viewing them.
          </li>
        ))}
      </ul>
      {scan.running ? <ActionButton onClick={scan.stop}>Stop checking</ActionButton> : null}
      {kinds.map((kind) => {
        const progress = scan.progress[kind];
        return progress ? <ReferenceLinks key={kind} kind={kind} scan={progress} /> : null;
      })}
    </ConfirmDialog>
  );
}
