import type { DivisionRecord } from '../db/identity-records.ts';

/** URIs and `{id, selfUri}` references of the External Contacts entities. */
export const CONTACTS_PATH = '/api/v2/externalcontacts/contacts';
export const ORGANIZATIONS_PATH = '/api/v2/externalcontacts/organizations';

export const contactUri = (id: string) => `${CONTACTS_PATH}/${id}`;
export const organizationUri = (id: string) => `${ORGANIZATIONS_PATH}/${id}`;
export const divisionUri = (id: string) => `/api/v2/authorization/divisions/${id}`;

export interface EntityRefJson {
  id: string;
  selfUri: string;
}

export const contactRef = (id: string): EntityRefJson => ({ id, selfUri: contactUri(id) });

export interface DivisionRefJson {
  id: string;
  name?: string;
  selfUri: string;
}

/** The name is only added when the caller expanded the division (or on write responses). */
export function divisionRefJson(
  id: string,
  division: DivisionRecord | null,
  withName: boolean,
): DivisionRefJson {
  const ref: DivisionRefJson = { id, selfUri: divisionUri(id) };
  if (withName && division !== null) return { id, name: division.name, selfUri: ref.selfUri };
  return ref;
}

export function nowIso(clock: () => number): string {
  return new Date(clock()).toISOString();
}
