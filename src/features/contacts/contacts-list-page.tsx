import { getRouteApi } from '@tanstack/react-router';
import { DivisionFilter } from '@/features/divisions';
import { lazy } from 'react';
import { RecordListPage } from '@/record-kit/list/record-list-page';
import { contactQueries } from './contact-queries';
import { CONTACT_COLUMNS, CONTACT_DEFAULT_COLUMN_IDS } from './contact-columns';
import { contactEntity } from './contact-entity';

const routeApi = getRouteApi('/_app/contacts/');

// What a selection can do (merge, export, delete) loads with the first selection, not with the
// list: the list is the first screen people land on.
const MergeSelectedAction = lazy(() =>
  import('@/features/merge').then((module) => ({
    default: module.MergeSelectedAction,
  })),
);
const BulkSelectedActions = lazy(() =>
  import('@/features/bulk').then((module) => ({
    default: module.BulkSelectedActions,
  })),
);
const BulkEditSelected = lazy(() =>
  import('@/features/bulk').then((module) => ({ default: module.BulkEditSelected })),
);

export function ContactsListPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <RecordListPage
      entity={contactEntity}
      recordApi={contactQueries}
      search={search}
      navigate={(patch, options) =>
        void navigate({
          search: (prev) => ({ ...prev, ...patch }) as typeof prev,
          replace: options?.replace,
        })
      }
      columns={CONTACT_COLUMNS}
      DivisionFilter={DivisionFilter}
      defaultColumnIds={CONTACT_DEFAULT_COLUMN_IDS}
      searchPlaceholder="Name, email, phone, title, organization…"
      selectionActions={(contactIds, clearSelection) => (
        <>
          <MergeSelectedAction contactIds={contactIds} />
          <BulkEditSelected kind="contacts" ids={contactIds} />
          <BulkSelectedActions contactIds={contactIds} onClearSelection={clearSelection} />
        </>
      )}
    />
  );
}
