import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { ActionsHeader } from '@/ui/actions-header';
import { PERMISSIONS } from '@/models/permissions';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import { relationshipListQueryOptions } from './api';
import { AddRelationshipForm } from './add-relationship-form';
import { RelationshipRow } from './relationship-row';
import {
  lastRelationshipsPage,
  nextRelationshipSort,
  RELATIONSHIP_PAGE_SIZES,
  toRelationshipListParams,
  type RelationshipSortField,
  type RelationshipsSearch,
} from './search-params';
import { ActionButton } from '@/ui/action-button';
import '@/ui/record-panel.css';
import './relationships.css';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record/relationships');

/** An organization's Relationships tab: who in the company owns the account, and as what. */
export function RelationshipsTab() {
  const { organizationId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const { can } = usePermissions();
  const canEdit = can(...PERMISSIONS.organization.edit);
  const params = toRelationshipListParams(search);
  const query = useQuery(relationshipListQueryOptions(api, organizationId, params));
  const relationships = query.data?.entities ?? [];
  const setSearch = (change: Partial<RelationshipsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  const sortHeader = (field: RelationshipSortField, label: string) => {
    const [sortedField, direction] = params.sortOrder.split(':');
    const sorted = sortedField === field;
    return (
      <th
        scope="col"
        aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSearch({ sortOrder: nextRelationshipSort(params.sortOrder, field), pageNumber: 1 })
          }
        >
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {sorted ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="record-panel" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading">Relationships</h2>
      {canEdit ? (
        <AddRelationshipForm organizationId={organizationId} />
      ) : (
        <p className="muted">
          You can read these relationships; changing them needs edit permission.
        </p>
      )}
      <div className="record-panel-toolbar">
        <ActionButton
          onClick={() =>
            setSearch({
              sortOrder:
                params.sortOrder === 'createDate:asc' ? 'createDate:desc' : 'createDate:asc',
              pageNumber: 1,
            })
          }
        >
          {params.sortOrder === 'createDate:desc' ? 'Show oldest first' : 'Show newest first'}
        </ActionButton>
      </div>
      {query.isError ? (
        <QueryError
          error={query.error}
          title="The relationships could not be loaded."
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <p aria-busy="true">Loading relationships…</p>
      ) : relationships.length === 0 ? (
        <p className="muted">No one has a relationship with this organization yet.</p>
      ) : (
        <div className="table-scroll">
          <table className={query.isPlaceholderData ? 'data-table is-stale' : 'data-table'}>
            <caption>Relationships</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                {sortHeader('relationship', 'Relationship')}
                {canEdit ? <ActionsHeader /> : null}
              </tr>
            </thead>
            <tbody>
              {relationships.map((relationship) => (
                <RelationshipRow
                  key={relationship.id}
                  relationship={relationship}
                  organizationId={organizationId}
                  canEdit={canEdit}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.data && (query.data.total ?? 0) > 0 ? (
        <Pagination
          label="Relationships pages"
          pageNumber={params.pageNumber}
          lastPage={lastRelationshipsPage(params.pageSize, query.data.pageCount)}
          pageSize={params.pageSize}
          pageSizes={RELATIONSHIP_PAGE_SIZES}
          total={query.data.total}
          onPageChange={(pageNumber) => setSearch({ pageNumber })}
          onPageSizeChange={(pageSize) =>
            setSearch({ pageSize: pageSize as RelationshipsSearch['pageSize'], pageNumber: 1 })
          }
        />
      ) : null}
    </section>
  );
}
