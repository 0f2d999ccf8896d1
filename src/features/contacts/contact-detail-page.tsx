import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { MergeHistory } from '@/features/merge';
import { customFieldsDetailSection } from '@/features/schemas';
import { contactName, type ContactRef, type ExternalContact } from '@/models/contact-fields';
import { baseSections, fieldSections, RecordDetails } from '@/record-kit/details/record-details';
import { ListValue } from '@/record-kit/details/field-value';
import { ReferenceLink } from '@/record-kit/list/reference-link';
import type { ReferenceTarget } from '@/record-kit/list/record-column';
import { contactApi } from './api';
import { contactEntity } from './contact-entity';
import { OrganizationLink } from './organization-link';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record');

/** The Overview tab: every field of the contact, from the layout's already loaded query. */
export function ContactOverviewTab() {
  const { contactId } = routeApi.useParams();
  const { api } = useServices();
  const { data: contact } = useSuspenseQuery(contactApi.detailQueryOptions(api, contactId));
  return (
    <>
      <ContactDetails contact={contact} />
      <MergeHistory contact={contact} />
    </>
  );
}

/**
 * A contact of a merge set, by name. Merged-away contacts are read as they were stored
 * (`unresolved`): a plain read answers with the survivor.
 */
const MERGED_CONTACT: ReferenceTarget = {
  resource: 'contacts',
  bulkPath: '/externalcontacts/bulk/contacts/unresolved',
  detail: (contactId) => ({ to: '/contacts/$contactId', params: { contactId } }),
  nameOf: (record) => contactName(record as unknown as ExternalContact),
};

/** Every field of the contact from its definition, then its custom fields and merge links. */
export function ContactDetails({ contact }: { contact: ExternalContact }) {
  const contactLink = (ref: ContactRef | undefined) =>
    ref?.id ? <ReferenceLink target={MERGED_CONTACT} reference={ref} /> : null;
  return (
    <RecordDetails
      sections={[
        ...fieldSections(contact, contactEntity.fields, (_field, ref) => (
          <OrganizationLink organization={ref} />
        )),
        customFieldsDetailSection('contact', contact),
        {
          title: 'Merge information',
          rows: [
            ['Canonical contact', contactLink(contact.canonicalContact)],
            ['Merged to', contactLink(contact.mergedTo)],
            ['Merged from', <ListValue items={(contact.mergedFrom ?? []).map(contactLink)} />],
            ['Merge set', <ListValue items={(contact.mergeSet ?? []).map(contactLink)} />],
          ],
        },
        ...baseSections(contact, 'Contact id'),
      ]}
    />
  );
}
