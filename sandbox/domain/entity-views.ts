import type { ContactRecord } from '../db/contacts-repo.ts';
import type { IdentifierRecord } from '../db/identifiers-repo.ts';
import type { DivisionRecord } from '../db/identity-records.ts';
import type { OrganizationRecord } from '../db/organizations-repo.ts';
import { invalidField } from '../errors.ts';
import { contactRef, contactUri, divisionRefJson, organizationUri } from './entity-refs.ts';

/** Contacts and organizations as the API returns them: document + server-managed fields. */

export const CONTACT_EXPANDS = [
  'externalOrganization',
  'externalDataSources',
  'identifiers',
  'externalSources',
  'division',
] as const;
export const ORGANIZATION_EXPANDS = [
  'externalDataSources',
  'division',
  'identifiers',
  'externalSources',
] as const;

export type ContactExpand = (typeof CONTACT_EXPANDS)[number];
export type OrganizationExpand = (typeof ORGANIZATION_EXPANDS)[number];

/** Unknown `expand` values are refused by name, so a typo does not silently drop data. */
export function parseExpand<Value extends string>(
  values: readonly string[],
  allowed: readonly Value[],
): Set<Value> {
  const result = new Set<Value>();
  for (const value of values) {
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) {
      throw invalidField('expand', `expand must be one of ${allowed.join(', ')}; got ${value}.`);
    }
    result.add(match);
  }
  return result;
}

export function identifierJson(record: IdentifierRecord): Record<string, unknown> {
  const json: Record<string, unknown> = {
    type: record.type,
    value: record.value,
    dateCreated: record.dateCreated,
  };
  if (record.externalSourceId !== null) {
    json.externalSource = {
      id: record.externalSourceId,
      selfUri: `/api/v2/externalcontacts/externalsources/${record.externalSourceId}`,
    };
  }
  if (record.divisionId !== null) json.division = divisionRefJson(record.divisionId, null, false);
  return json;
}

export interface OrganizationViewOptions {
  division: DivisionRecord | null;
  withDivisionName: boolean;
  identifiers?: readonly IdentifierRecord[];
  includeTrustor?: boolean;
}

export function organizationJson(
  record: OrganizationRecord,
  options: OrganizationViewOptions,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: record.id,
    ...record.doc,
    division: divisionRefJson(record.divisionId, options.division, options.withDivisionName),
    modifyDate: record.modifyDate,
    createDate: record.createDate,
  };
  if (options.identifiers !== undefined) json.identifiers = options.identifiers.map(identifierJson);
  if (options.includeTrustor === true && record.trustorId !== null) {
    json.trustor = {
      id: record.trustorId,
      enabled: true,
      dateCreated: record.trustorLinkedAt,
      selfUri: `/api/v2/orgauthorization/trustors/${record.trustorId}`,
    };
  }
  json.selfUri = organizationUri(record.id);
  return json;
}

export interface ContactViewOptions {
  division: DivisionRecord | null;
  withDivisionName: boolean;
  /** The expanded organization; without expand the link is `{id, selfUri}`. */
  organization?: Record<string, unknown> | null;
  identifiers?: readonly IdentifierRecord[];
}

export function contactJson(
  record: ContactRecord,
  options: ContactViewOptions,
): Record<string, unknown> {
  const json: Record<string, unknown> = { id: record.id, ...record.doc };
  json.division = divisionRefJson(record.divisionId, options.division, options.withDivisionName);
  if (record.organizationId !== null) {
    json.externalOrganization = options.organization ?? {
      id: record.organizationId,
      selfUri: organizationUri(record.organizationId),
    };
  }
  if (options.identifiers !== undefined) json.identifiers = options.identifiers.map(identifierJson);
  json.type = record.type;
  json.modifyDate = record.modifyDate;
  json.createDate = record.createDate;
  if (record.canonicalId !== null) json.canonicalContact = contactRef(record.canonicalId);
  if (record.mergeSet !== null) json.mergeSet = record.mergeSet.map(contactRef);
  if (record.mergedFrom !== null) json.mergedFrom = record.mergedFrom.map(contactRef);
  if (record.mergedInto !== null) json.mergedTo = contactRef(record.mergedInto);
  json.selfUri = contactUri(record.id);
  return json;
}
