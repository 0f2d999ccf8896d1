import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { ActionButton } from '@/ui/action-button';
import { InlineSelect } from '@/ui/inline-select';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { SearchBox } from '@/ui/search-box';
import '@/ui/ui.css';
import { sourceListQueryOptions, type ExternalSource } from './api';
import { DeleteSourceDialog } from './delete-source-dialog';
import { SOURCE_ACTIVE_FILTERS, type SourceActiveFilter } from './search-params';
import { ActionsHeader } from '@/ui/actions-header';
import './external-sources.css';

const route = getRouteApi('/_app/external-sources/');

const ACTIVE_LABEL: Record<SourceActiveFilter, string> = {
  all: 'Active and inactive',
  active: 'Active only',
  inactive: 'Inactive only',
};

/** Every external source, filtered by name prefix and active flag, a cursor page at a time. */
export function SourcesListPage() {
  const { api } = useServices();
  const { can } = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(sourceListQueryOptions(api, search));
  const [deleting, setDeleting] = useState<ExternalSource | null>(null);
  const canAdd = can(...PERMISSIONS.externalSource.add);
  const canEdit = can(...PERMISSIONS.externalSource.edit);
  const canDelete = can(...PERMISSIONS.externalSource.delete);
  const sources = query.data?.entities ?? [];
  const after = query.data?.cursors?.after;

  return (
    <div className="page">
      <PageHeader
        title="External sources"
        actions={
          canAdd ? (
            <Link to="/external-sources/new" className="link-button primary">
              New external source
            </Link>
          ) : null
        }
      >
        <p className="muted">
          The systems (a CRM, a billing system) that contacts&apos; and organizations&apos; external
          ids come from. An active source with a link template turns each external id into a link to
          the record in that system.
        </p>
      </PageHeader>
      <div className="sources-filters">
        <SearchBox
          label="Name starts with"
          placeholder="Filter by name"
          q={search.name || undefined}
          onSearch={(name) =>
            void navigate({ search: (prev) => ({ ...prev, name: name ?? '', cursor: undefined }) })
          }
        />
        <InlineSelect
          label="Status"
          value={search.active}
          onChange={(value) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                active: value as SourceActiveFilter,
                cursor: undefined,
              }),
            })
          }
        >
          {SOURCE_ACTIVE_FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {ACTIVE_LABEL[filter]}
            </option>
          ))}
        </InlineSelect>
      </div>
      {query.isError ? (
        <QueryError
          error={query.error}
          title="The external sources could not be loaded."
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <p aria-busy="true">Loading external sources…</p>
      ) : sources.length === 0 ? (
        <p className="muted">
          {search.name || search.active !== 'all'
            ? 'No external source matches these filters.'
            : 'No external sources yet.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>External sources</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Link URI template</th>
                {canDelete ? <ActionsHeader /> : null}
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <td>
                    {canEdit ? (
                      <Link to="/external-sources/$sourceId" params={{ sourceId: source.id }}>
                        {source.name}
                      </Link>
                    ) : (
                      source.name
                    )}
                  </td>
                  <td>{source.active === false ? 'Inactive' : 'Active'}</td>
                  <td className="source-template">
                    {source.linkConfiguration?.uriTemplate ?? (
                      <span className="muted">No link</span>
                    )}
                  </td>
                  {canDelete ? (
                    <td>
                      <ActionButton
                        accent="ghost"
                        aria-label={`Delete ${source.name}`}
                        onClick={() => setDeleting(source)}
                      >
                        Delete
                      </ActionButton>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="sources-paging" aria-label="External sources pages">
        {search.cursor ? (
          <Link to="/external-sources" search={{ ...search, cursor: undefined }}>
            First page
          </Link>
        ) : null}
        {after && sources.length > 0 ? (
          <Link to="/external-sources" search={{ ...search, cursor: after }}>
            Next page
          </Link>
        ) : null}
      </nav>
      <DeleteSourceDialog source={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
