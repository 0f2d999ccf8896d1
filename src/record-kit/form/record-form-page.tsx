import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { usePermissions } from '@/auth/me-query';
import type { RecordBase } from '@/models/record-fields';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import type { RecordEntity } from '../entity';

/**
 * The page around a record form: its title, the way back, and "You cannot …" instead of a form
 * the user's roles would refuse on save.
 */
export function RecordFormPage<Read extends RecordBase>({
  entity,
  record,
  children,
}: {
  entity: RecordEntity<Read>;
  /** The record being edited; none to create one. */
  record?: Read;
  children: ReactNode;
}) {
  const { can } = usePermissions();
  const list = <Link {...(entity.links.list as LinkProps)}>All {entity.noun.many}</Link>;
  const allowed = record ? entity.permissions.edit : entity.permissions.add;
  if (!can(...allowed))
    return (
      <NotAllowed
        action={`${record ? 'edit' : 'create'} ${entity.noun.many}`}
        back={<Link {...(entity.links.list as LinkProps)}>Back to all {entity.noun.many}</Link>}
      />
    );
  const name = record ? entity.name(record) : undefined;
  return (
    <div className="page">
      <PageHeader title={name !== undefined ? `Edit ${name}` : `New ${entity.noun.one}`}>
        <p className="muted">
          {list}
          {record && name !== undefined ? (
            <>
              {' · '}
              <Link {...(entity.links.detail(record.id) as LinkProps)}>{name}</Link>
            </>
          ) : null}
        </p>
      </PageHeader>
      {children}
    </div>
  );
}
