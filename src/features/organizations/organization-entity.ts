import { PERMISSIONS } from '@/models/permissions';
import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import type { RecordEntity } from '@/record-kit/entity';

export const organizationEntity: RecordEntity<ExternalOrganization> = {
  type: 'organization',
  resource: 'organizations',
  noun: { one: 'organization', many: 'organizations' },
  apiPath: '/externalcontacts/organizations',
  scanPath: '/externalcontacts/scan/organizations',
  fields: ORGANIZATION_FIELDS,
  permissions: PERMISSIONS.organization,
  name: (organization) => organization.name,
  // The trustor comes with `includeTrustors` (it is not an expand value).
  detailQuery: { expand: ['division', 'identifiers'], includeTrustors: true },
  listQuery: { expand: ['division'] },
  keepExpanded: (written, previous) => ({
    ...written,
    identifiers: written.identifiers ?? previous?.identifiers,
    trustor: written.trustor ?? previous?.trustor,
    division: written.division?.name ? written.division : (previous?.division ?? written.division),
  }),
  isSameCreate: (organization, body) => organization.name === body.name,
  createSearchText: (body) => (typeof body.name === 'string' ? body.name : undefined),
  links: {
    list: { to: '/organizations' },
    create: { to: '/organizations/new' },
    browse: (divisionId) => ({ to: '/organizations/browse', search: { divisionId } }),
    detail: (organizationId) => ({
      to: '/organizations/$organizationId',
      params: { organizationId },
    }),
    edit: (organizationId) => ({
      to: '/organizations/$organizationId/edit',
      params: { organizationId },
    }),
  },
};
