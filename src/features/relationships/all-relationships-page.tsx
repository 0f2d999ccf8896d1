import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { formatCount } from '@/ui/format';
import { ScanListPage } from '@/ui/scan-list-page';
import { relationshipScanQueryOptions } from './api';
import type { Relationship } from './relationship-model';

/** Every relationship of the org through the scan API, as one virtualised list. */
export function AllRelationshipsPage() {
  const { api } = useServices();
  const query = useInfiniteQuery(relationshipScanQueryOptions(api));
  return (
    <ScanListPage<Relationship>
      title="All relationships"
      description="Who in the company has a relationship with which organization."
      noun="relationships"
      query={query}
      estimateSize={44}
      renderItem={(relationship, index) => (
        <div
          className="scan-row-meta"
          aria-label={`Relationship ${formatCount(index + 1)}`}
          role="group"
        >
          <span className="muted">{formatCount(index + 1)}.</span>
          {relationship.user?.id ? (
            <Link to="/users/$userId" params={{ userId: relationship.user.id }}>
              {relationship.user.name ?? relationship.user.id}
            </Link>
          ) : null}
          <span>{relationship.relationship}</span>
          {/* The scan carries the organization's name; its id shows only if the name is gone. */}
          {relationship.externalOrganization?.id ? (
            <Link
              to="/organizations/$organizationId/relationships"
              params={{ organizationId: relationship.externalOrganization.id }}
            >
              {relationship.externalOrganization.name ?? relationship.externalOrganization.id}
            </Link>
          ) : null}
        </div>
      )}
    />
  );
}
