import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { forgetRecord } from '@/api/resource-keys';
import { forgetRecentRecord, useRememberRecentRecord } from '@/app/recent-records';
import { useMe, usePermissions } from '@/auth/me-query';
import type { RecordBase, RecordField } from '@/models/record-fields';
import { DeleteRecordButton } from '@/ui/delete-record-button';
import { PageHeader } from '@/ui/page-header';
import { RecordTabs, type RecordTab } from '@/ui/record-tabs';
import type { RecordEntity } from '../entity';
import type { RecordApi } from '../record-api';
import { RecordSummary, summaryItems } from './record-summary';

interface RecordLayoutProps<Read extends RecordBase> {
  entity: RecordEntity<Read>;
  api: RecordApi<Read>;
  record: Read;
  tabs: RecordTab[];
  /** The feature's own actions (promote, merge with…), between Edit and Delete. */
  actions?: ReactNode;
  /** Shown beside "All contacts" under the title (a contact's type). */
  badges?: ReactNode;
  reference: (field: RecordField, ref: { id: string; name?: string }) => ReactNode;
  /** What the delete confirmation says goes with the record. */
  deleteConsequence: string;
}

/** A record's header (name, summary, actions) over its routed tabs. */
export function RecordLayout<Read extends RecordBase>({
  entity,
  api,
  record,
  tabs,
  actions,
  badges,
  reference,
  deleteConsequence,
}: RecordLayoutProps<Read>) {
  const { can } = usePermissions();
  const name = entity.name(record);
  // The start page lists the records this user opened lately (on this device).
  useRememberRecentRecord(entity.type, record.id, name);
  return (
    <div className="page">
      <PageHeader
        title={name}
        actions={
          <>
            {can(...entity.permissions.edit) ? (
              <Link {...entity.links.edit(record.id)} className="link-button primary">
                Edit
              </Link>
            ) : null}
            {actions}
            {can(...entity.permissions.delete) ? (
              <DeleteRecord
                entity={entity}
                api={api}
                id={record.id}
                name={name}
                consequence={deleteConsequence}
              />
            ) : null}
          </>
        }
      >
        <p className="muted">
          <Link {...entity.links.list}>All {entity.noun.many}</Link>
          {badges ? <> · {badges}</> : null}
        </p>
        <RecordSummary items={summaryItems(record, entity.fields, reference)} />
      </PageHeader>
      <RecordTabs label={`${capitalised(entity.noun.one)} sections`} tabs={tabs} />
      <Outlet />
    </div>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function DeleteRecord<Read extends RecordBase>({
  entity,
  api,
  id,
  name,
  consequence,
}: {
  entity: RecordEntity<Read>;
  api: RecordApi<Read>;
  id: string;
  name: string;
  consequence: string;
}) {
  const remove = api.useDelete();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  return (
    <DeleteRecordButton
      title={`Delete ${entity.noun.one}?`}
      name={name}
      state={remove}
      onConfirm={(close) =>
        remove.mutate(id, {
          onSuccess: async () => {
            close();
            await navigate(entity.links.list);
            // Only now: removed earlier, the detail page would refetch a 404 on its way out.
            forgetRecord(queryClient, entity.resource, id);
            forgetRecentRecord(me.id, id);
          },
        })
      }
    >
      <p>
        <strong>{name}</strong> will be deleted {consequence}. This cannot be undone.
      </p>
    </DeleteRecordButton>
  );
}
