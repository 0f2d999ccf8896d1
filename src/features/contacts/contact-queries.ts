import type { ExternalContact } from '@/models/contact-fields';
import { createRecordQueries, type RecordResource } from '@/record-kit/record-queries';

/** Where contacts are read, and with what: all the first screen's loader needs of them. */
export const contactResource = {
  resource: 'contacts',
  apiPath: '/externalcontacts/contacts',
  scanPath: '/externalcontacts/scan/contacts',
  // The detail page reads these in the same round trip as the contact.
  detailQuery: { expand: ['externalOrganization', 'identifiers', 'division'] },
  // The list shows the organization's and the division's names.
  listQuery: { expand: ['externalOrganization', 'division'] },
} as const satisfies RecordResource;

/** The contacts' reads alone, without the writes or the fields. */
export const contactQueries = createRecordQueries<ExternalContact>(contactResource);
