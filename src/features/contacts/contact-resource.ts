import type { RecordResource } from '@/record-kit/record-queries';

/**
 * Where contacts are read, and with what: all the first screen's loader needs of them. Apart from
 * the reads themselves so that the early requests (src/app/early-requests.ts), which run before
 * the app's code, can name the list's request without loading the query layer.
 */
export const contactResource = {
  resource: 'contacts',
  apiPath: '/externalcontacts/contacts',
  scanPath: '/externalcontacts/scan/contacts',
  // The detail page reads these in the same round trip as the contact.
  detailQuery: { expand: ['externalOrganization', 'identifiers', 'division'] },
  // The list shows the organization's and the division's names.
  listQuery: { expand: ['externalOrganization', 'division'] },
} as const satisfies RecordResource;
