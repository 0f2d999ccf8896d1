import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { allRelationshipsQueryOptions, userQueryOptions } from './api';
import { ColumnHeaders } from '@/ui/column-headers';

const routeApi = getRouteApi('/_app/users/$userId');

/**
 * A user's view: the organizations they have a relationship with. The API has no read by user,
 * so the (cached) relationship scan is filtered here.
 */
export function UserRelationshipsPage() {
  const { userId } = routeApi.useParams();
  const { api } = useServices();
  const user = useQuery(userQueryOptions(api, userId));
  const relationships = useQuery({
    ...allRelationshipsQueryOptions(api),
    select: (all) =>
      all
        .filter((item) => item.user?.id === userId)
        .sort((a, b) =>
          (a.externalOrganization?.name ?? '').localeCompare(b.externalOrganization?.name ?? ''),
        ),
  });
  const name = user.data?.name ?? relationships.data?.[0]?.user?.name ?? 'User';
  return (
    <div className="page">
      <PageHeader title={name}>
        <p className="muted">
          {user.data?.email ? `${user.data.email} · ` : null}
          <Link to="/relationships">All relationships</Link>
        </p>
      </PageHeader>
      <h2>Organizations</h2>
      {relationships.isError ? (
        <QueryError
          error={relationships.error}
          title="The relationships could not be loaded."
          onRetry={() => void relationships.refetch()}
        />
      ) : relationships.isPending ? (
        <p aria-busy="true">Loading relationships…</p>
      ) : relationships.data.length === 0 ? (
        <p className="muted">This user has no relationship with an organization.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Organizations of {name}</caption>
          <ColumnHeaders titles={['Organization', 'Relationship']} />
          <tbody>
            {relationships.data.map((relationship) => (
              <tr key={relationship.id}>
                <td>
                  <Link
                    to="/organizations/$organizationId/relationships"
                    params={{ organizationId: relationship.externalOrganization?.id ?? '' }}
                  >
                    {relationship.externalOrganization?.name ??
                      relationship.externalOrganization?.id}
                  </Link>
                </td>
                <td>{relationship.relationship}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
