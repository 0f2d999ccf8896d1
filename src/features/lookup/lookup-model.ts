import type { ExternalContact } from '@/models/contact-fields';
import type { NamedRef, RecordIdentifier } from '@/models/record-fields';

/** GET /reversewhitepageslookup (ReverseWhitepagesLookupResult): at most 25 contacts. */
export interface ReverseWhitepagesLookupResult {
  contacts?: ExternalContact[];
  externalOrganizations?: LookedUpOrganization[];
}

/** The parts of an ExternalOrganization the lookup page shows. */
export interface LookedUpOrganization {
  id: string;
  name?: string;
  companyType?: string;
  industry?: string;
  primaryContactFirstName?: string;
  primaryContactLastName?: string;
  identifiers?: RecordIdentifier[];
  division?: NamedRef;
}

/**
 * An identifier lookup answers the record or 404. The 404 is the API's "nobody holds it", kept
 * as an answer (with the API's wording) rather than an error, so it is cached and shown calmly.
 */
export type IdentifierLookupAnswer<T> =
  { found: true; record: T } | { found: false; message: string };
