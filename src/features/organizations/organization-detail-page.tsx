import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useServices } from '@/app/services';
import type { PhoneNumber } from '@/features/contacts/contact-model';
import { DetailSection, type DetailRow } from '@/features/contacts/detail-list';
import { formatDateTime, phoneDisplay } from '@/features/contacts/format';
import { CustomFieldsView } from '@/features/schemas/custom-fields/custom-fields-view';
import { organizationDetailQueryOptions } from './api';
import type { ExternalOrganization } from './organization-model';
import { OrganizationTrustorSection } from './organization-trustor';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record');
const count = new Intl.NumberFormat();

/** The Overview tab: every field of the organization, from the layout's already loaded query. */
export function OrganizationOverviewTab() {
  const { organizationId } = routeApi.useParams();
  const { api } = useServices();
  const { data: organization } = useSuspenseQuery(
    organizationDetailQueryOptions(api, organizationId),
  );
  return (
    <div className="detail-grid">
      <OrganizationDetails organization={organization} />
      <OrganizationTrustorSection organization={organization} />
    </div>
  );
}

// Plain functions rather than components: an empty value must be null so its row is left out.
function phone(value: PhoneNumber | undefined): ReactNode {
  const shown = phoneDisplay(value);
  if (!value || !shown) return null;
  return (
    <>
      {shown}
      {value.e164 ? <span className="muted"> · E.164 {value.e164}</span> : null}
    </>
  );
}

/** Only web links become clickable: a javascript: or data: URL from the API stays text. */
export function safeLink(url: string | undefined): ReactNode {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return url;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

function list(items: ReactNode[]): ReactNode {
  const shown = items.filter((item) => item !== null && item !== undefined && item !== '');
  if (shown.length === 0) return null;
  return (
    <ul>
      {shown.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

const number = (value: number | undefined) => (value === undefined ? null : count.format(value));

/** Every field of the model, grouped; API text only ever goes through React text nodes. */
export function OrganizationDetails({ organization }: { organization: ExternalOrganization }) {
  const address = organization.address;
  const sections: { title: string; rows: DetailRow[] }[] = [
    {
      title: 'Company',
      rows: [
        ['Name', organization.name],
        ['Company type', organization.companyType],
        ['Industry', organization.industry],
        ['Employee count', number(organization.employeeCount)],
        ['Revenue', number(organization.revenue)],
        ['Division', organization.division?.name ?? organization.division?.id],
      ],
    },
    {
      title: 'Phone and fax',
      rows: [
        ['Phone', phone(organization.phoneNumber)],
        ['Fax', phone(organization.faxNumber)],
      ],
    },
    {
      title: 'Address',
      rows: [
        ['Address line 1', address?.address1],
        ['Address line 2', address?.address2],
        ['City', address?.city],
        ['State', address?.state],
        ['Postal code', address?.postalCode],
        ['Country', address?.countryCode],
      ],
    },
    {
      title: 'Web and social',
      rows: [
        ['Websites', list((organization.websites ?? []).map(safeLink))],
        ['Twitter screen name', organization.twitterId?.screenName],
        ['Twitter name', organization.twitterId?.name],
        ['External system URL', safeLink(organization.externalSystemUrl)],
      ],
    },
    {
      title: 'Tags and tickers',
      rows: [
        ['Tags', list(organization.tags ?? [])],
        [
          'Tickers',
          list(
            (organization.tickers ?? []).map((ticker) =>
              [ticker.exchange, ticker.symbol].filter(Boolean).join(': '),
            ),
          ),
        ],
      ],
    },
    {
      title: 'External ids',
      rows: (organization.externalIds ?? []).map(
        (externalId) =>
          [
            externalId.externalSource?.name ?? externalId.externalSource?.id ?? 'External id',
            externalId.value,
          ] as const,
      ),
    },
    {
      title: 'Identifiers',
      rows: (organization.identifiers ?? []).map(
        (identifier) => [identifier.type ?? 'Identifier', identifier.value] as const,
      ),
    },
    {
      title: 'Record',
      rows: [
        ['Created', formatDateTime(organization.createDate)],
        ['Modified', formatDateTime(organization.modifyDate)],
        [
          'Data sources',
          list((organization.externalDataSources ?? []).map((source) => source.platform)),
        ],
        ['Organization id', organization.id],
      ],
    },
  ];
  return (
    <>
      {sections.map((section) => (
        <DetailSection key={section.title} title={section.title} rows={section.rows} />
      ))}
      <CustomFieldsView
        entity="organization"
        schema={organization.schema}
        customFields={organization.customFields}
      />
    </>
  );
}
