import { getRouteApi } from '@tanstack/react-router';
import { DivisionSelect } from '@/features/divisions';
import { RecordBrowsePage } from '@/record-kit/list/record-browse-page';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';
import { ORGANIZATION_COLUMNS, ORGANIZATION_DEFAULT_COLUMN_IDS } from './organizations-list-page';

const routeApi = getRouteApi('/_app/organizations/browse');

/** Every organization, past search's 1,000-record window, through the scan API. */
export function BrowseAllOrganizationsPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <RecordBrowsePage
      entity={organizationEntity}
      recordApi={organizationApi}
      divisionId={search.divisionId}
      onDivisionChange={(divisionId) => void navigate({ search: { divisionId } })}
      columns={ORGANIZATION_COLUMNS}
      DivisionSelect={DivisionSelect}
      defaultColumnIds={ORGANIZATION_DEFAULT_COLUMN_IDS}
    />
  );
}
