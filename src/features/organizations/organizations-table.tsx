import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { phoneDisplay } from '@/features/contacts/format';
import type { ExternalOrganization } from './organization-model';
import type { OrganizationSortField } from './search-params';
import { SortHeader } from './sort-header';

interface OrganizationsTableProps {
  caption: string;
  organizations: ExternalOrganization[];
  sortOrder: string | undefined;
  onSort: (field: OrganizationSortField) => void;
  onIntent: (organizationId: string) => void;
  /** The rows on screen belong to the previous search while the next one loads. */
  stale: boolean;
  message?: ReactNode;
}

const COLUMN_COUNT = 5;
const cityLine = (organization: ExternalOrganization) =>
  [organization.address?.city, organization.address?.countryCode].filter(Boolean).join(', ');

export function OrganizationsTable({
  caption,
  organizations,
  sortOrder,
  onSort,
  onIntent,
  stale,
  message,
}: OrganizationsTableProps) {
  return (
    <div className="table-scroll">
      <table className={`data-table${stale ? ' is-stale' : ''}`} aria-busy={stale}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader label="Name" field="name" sortOrder={sortOrder} onSort={onSort} />
            <SortHeader
              label="Company type"
              field="companyType"
              sortOrder={sortOrder}
              onSort={onSort}
            />
            <SortHeader label="Industry" field="industry" sortOrder={sortOrder} onSort={onSort} />
            <th scope="col">Location</th>
            <th scope="col">Phone</th>
          </tr>
        </thead>
        <tbody>
          {organizations.length === 0 && message ? (
            <tr>
              <td colSpan={COLUMN_COUNT} className="table-message">
                {message}
              </td>
            </tr>
          ) : null}
          {organizations.map((organization) => (
            <tr
              key={organization.id}
              onMouseEnter={() => onIntent(organization.id)}
              onFocus={() => onIntent(organization.id)}
            >
              <td>
                <Link
                  to="/organizations/$organizationId"
                  params={{ organizationId: organization.id }}
                >
                  {organization.name}
                </Link>
              </td>
              <td>{organization.companyType}</td>
              <td>{organization.industry}</td>
              <td>{cityLine(organization)}</td>
              <td>{phoneDisplay(organization.phoneNumber)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
