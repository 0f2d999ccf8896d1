import { getRouteApi } from '@tanstack/react-router';
import { lazy } from 'react';
import { usePermissions } from '@/auth/me-query';
import { DivisionFilter } from '@/features/divisions';
import { ORGANIZATION_SORT_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import { deriveRecordColumns } from '@/record-kit/list/record-columns';
import { RecordListPage } from '@/record-kit/list/record-list-page';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';

const routeApi = getRouteApi('/_app/organizations/');

// Loads with the first selection, as the contacts list's actions do.
const BulkEditSelected = lazy(() =>
  import('@/features/bulk').then((module) => ({ default: module.BulkEditSelected })),
);

/** Every column an organizations table can show, from the organization's fields. */
export const ORGANIZATION_COLUMNS = deriveRecordColumns<ExternalOrganization>(organizationEntity, {
  sortFields: ORGANIZATION_SORT_FIELDS,
  nameSortField: 'name',
});
export const ORGANIZATION_DEFAULT_COLUMN_IDS = [
  'name',
  'companyType',
  'industry',
  'city',
  'country',
  'phone',
] as const;

export function OrganizationsListPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  // Rows get checkboxes only when a selection can do something: here, only an edit.
  const canEdit = usePermissions().can(...organizationEntity.permissions.edit);
  return (
    <RecordListPage
      entity={organizationEntity}
      recordApi={organizationApi}
      search={search}
      navigate={(patch, options) =>
        void navigate({
          search: (prev) => ({ ...prev, ...patch }) as typeof prev,
          replace: options?.replace,
        })
      }
      columns={ORGANIZATION_COLUMNS}
      DivisionFilter={DivisionFilter}
      defaultColumnIds={ORGANIZATION_DEFAULT_COLUMN_IDS}
      searchPlaceholder="Name, industry, city, website…"
      selectionActions={
        canEdit ? (ids) => <BulkEditSelected kind="organizations" ids={ids} /> : undefined
      }
    />
  );
}
