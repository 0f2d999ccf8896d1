import type { ExternalOrganization } from '@/features/organizations/organization-model';

/** Export only: organizations are not imported from CSV (yet), so no header aliases. */
export interface OrganizationCsvColumn {
  header: string;
  read: (organization: ExternalOrganization) => string;
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));
/** Lists go in one cell, separated the way people write them. */
const listText = (values: readonly (string | undefined)[] | undefined) =>
  (values ?? []).filter(Boolean).join('; ');

export const ORGANIZATION_CSV_COLUMNS: readonly OrganizationCsvColumn[] = [
  { header: 'Id', read: (o) => o.id },
  { header: 'Name', read: (o) => o.name },
  { header: 'Company type', read: (o) => o.companyType ?? '' },
  { header: 'Industry', read: (o) => o.industry ?? '' },
  { header: 'Phone', read: (o) => o.phoneNumber?.display ?? '' },
  { header: 'Fax', read: (o) => o.faxNumber?.display ?? '' },
  { header: 'Address line 1', read: (o) => o.address?.address1 ?? '' },
  { header: 'Address line 2', read: (o) => o.address?.address2 ?? '' },
  { header: 'City', read: (o) => o.address?.city ?? '' },
  { header: 'State', read: (o) => o.address?.state ?? '' },
  { header: 'Postal code', read: (o) => o.address?.postalCode ?? '' },
  { header: 'Country', read: (o) => o.address?.countryCode ?? '' },
  { header: 'Employee count', read: (o) => numberText(o.employeeCount) },
  { header: 'Revenue', read: (o) => numberText(o.revenue) },
  { header: 'Websites', read: (o) => listText(o.websites) },
  { header: 'Tags', read: (o) => listText(o.tags) },
  { header: 'Twitter screen name', read: (o) => o.twitterId?.screenName ?? '' },
  { header: 'External system URL', read: (o) => o.externalSystemUrl ?? '' },
  { header: 'Division', read: (o) => o.division?.name ?? o.division?.id ?? '' },
];
