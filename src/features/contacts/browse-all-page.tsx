import { getRouteApi } from '@tanstack/react-router';
import { DivisionSelect } from '@/features/divisions';
import { RecordBrowsePage } from '@/record-kit/list/record-browse-page';
import { contactApi } from './api';
import { CONTACT_COLUMNS, CONTACT_DEFAULT_COLUMN_IDS } from './contact-columns';
import { contactEntity } from './contact-entity';

const routeApi = getRouteApi('/_app/contacts/browse');

/** Every contact through the scan API, with the list's columns (organizations by name). */
export function BrowseAllContactsPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <RecordBrowsePage
      entity={contactEntity}
      recordApi={contactApi}
      divisionId={search.divisionId}
      onDivisionChange={(divisionId) => void navigate({ search: { divisionId } })}
      columns={CONTACT_COLUMNS}
      DivisionSelect={DivisionSelect}
      defaultColumnIds={CONTACT_DEFAULT_COLUMN_IDS}
    />
  );
}
