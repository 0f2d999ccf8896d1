import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useServices } from '@/app/services';
import { MergeHistory } from '@/features/merge/merge-history';
import { CustomFieldsView } from '@/features/schemas/custom-fields/custom-fields-view';
import { contactDetailQueryOptions } from './api';
import type { ContactRef, ExternalContact, PhoneNumber } from './contact-model';
import { DetailSection, type DetailRow } from './detail-list';
import { formatDateTime, phoneDisplay } from './format';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record');

/** The Overview tab: every field of the contact, from the layout's already loaded query. */
export function ContactOverviewTab() {
  const { contactId } = routeApi.useParams();
  const { api } = useServices();
  const { data: contact } = useSuspenseQuery(contactDetailQueryOptions(api, contactId));
  return (
    <>
      <ContactDetails contact={contact} />
      <MergeHistory contact={contact} />
    </>
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
      {value.acceptsSMS ? <span className="muted"> · accepts SMS</span> : null}
    </>
  );
}

function email(address: string | undefined): ReactNode {
  return address ? <a href={`mailto:${address}`}>{address}</a> : null;
}

function contactLink(contact: ContactRef | undefined): ReactNode {
  if (!contact?.id) return null;
  return (
    <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
      {contact.id}
    </Link>
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

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/** Only web links become clickable: a javascript: or data: URL from the API stays text. */
function externalLink(url: string | undefined): ReactNode {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return url;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

/** Every field of the model, grouped; API text only ever goes through React text nodes. */
export function ContactDetails({ contact }: { contact: ExternalContact }) {
  const address = contact.address;
  const sections: { title: string; rows: DetailRow[]; node?: ReactNode }[] = [
    {
      title: 'Name and title',
      rows: [
        ['Salutation', contact.salutation],
        ['First name', contact.firstName],
        ['Middle name', contact.middleName],
        ['Last name', contact.lastName],
        ['Title', contact.title],
        ['Division', contact.division?.name ?? contact.division?.id],
      ],
    },
    {
      title: 'Phones',
      rows: [
        ['Work phone', phone(contact.workPhone)],
        ['Cell phone', phone(contact.cellPhone)],
        ['Home phone', phone(contact.homePhone)],
        ['Other phone', phone(contact.otherPhone)],
      ],
    },
    {
      title: 'Emails',
      rows: [
        ['Work email', email(contact.workEmail)],
        ['Personal email', email(contact.personalEmail)],
        ['Other email', email(contact.otherEmail)],
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
      title: 'Social and messaging',
      rows: [
        ['Twitter screen name', contact.twitterId?.screenName],
        ['Twitter name', contact.twitterId?.name],
        ['Twitter id', contact.twitterId?.id],
        [
          'Facebook',
          joined(contact.facebookId?.displayName, contact.facebookId?.ids?.[0]?.scopedId),
        ],
        [
          'Instagram',
          joined(
            contact.instagramId?.handle,
            contact.instagramId?.displayName,
            contact.instagramId?.ids?.[0]?.scopedId,
          ),
        ],
        ['Line', joined(contact.lineId?.displayName, contact.lineId?.ids?.[0]?.userId)],
        [
          'WhatsApp',
          joined(
            contact.whatsAppId?.displayName,
            phoneDisplay(contact.whatsAppId?.phoneNumber) || undefined,
          ),
        ],
        ['Apple opaque ids', list((contact.appleOpaqueIds ?? []).map((id) => id.value))],
      ],
    },
    {
      title: 'External ids',
      rows: (contact.externalIds ?? []).map(
        (externalId) =>
          [
            externalId.externalSource?.name ?? externalId.externalSource?.id ?? 'External id',
            externalId.value,
          ] as const,
      ),
    },
    {
      title: 'Identifiers',
      rows: (contact.identifiers ?? []).map(
        (identifier) => [identifier.type ?? 'Identifier', identifier.value] as const,
      ),
    },
    {
      title: 'Organization',
      rows: [
        [
          'Organization',
          contact.externalOrganization ? (
            <Link
              to="/organizations/$organizationId"
              params={{ organizationId: contact.externalOrganization.id }}
            >
              {contact.externalOrganization.name ?? contact.externalOrganization.id}
            </Link>
          ) : null,
        ],
      ],
    },
    {
      title: 'Preferences and links',
      rows: [
        ['Survey opt-out', contact.surveyOptOut ? 'Yes, no surveys' : 'No'],
        ['External system URL', externalLink(contact.externalSystemUrl)],
        [
          'Data sources',
          list((contact.externalDataSources ?? []).map((source) => source.platform)),
        ],
      ],
    },
    {
      title: 'Custom fields',
      rows: [],
      // Rendered by the schema-aware view: enum titles, dates, links, tags by core type.
      node: (
        <CustomFieldsView
          key="custom-fields"
          entity="contact"
          schema={contact.schema}
          customFields={contact.customFields}
        />
      ),
    },
    {
      title: 'Merge information',
      rows: [
        ['Canonical contact', contactLink(contact.canonicalContact)],
        ['Merged to', contactLink(contact.mergedTo)],
        ['Merged from', list((contact.mergedFrom ?? []).map(contactLink))],
        ['Merge set', list((contact.mergeSet ?? []).map(contactLink))],
      ],
    },
    {
      title: 'Record',
      rows: [
        ['Created', formatDateTime(contact.createDate)],
        ['Modified', formatDateTime(contact.modifyDate)],
        ['Contact id', contact.id],
      ],
    },
  ];
  return (
    <div className="detail-grid">
      {sections.map(
        (section) =>
          section.node ?? (
            <DetailSection key={section.title} title={section.title} rows={section.rows} />
          ),
      )}
    </div>
  );
}
