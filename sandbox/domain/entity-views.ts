import type { ContactRecord } from '../db/contacts-repo.ts';
import type { IdentifierRecord } from '../db/identifiers-repo.ts';
import type { DivisionRecord } from '../db/identity-records.ts';
import type { OrganizationRecord } from '../db/organizations-repo.ts';
import { invalidField } from '../errors.ts';
import { contactRef, contactUri, divisionRefJson, organizationUri } from './entity-refs.ts';
import { EXTERNAL_SOURCES_PATH } from './source-service.ts';
import type { ExternalSourceJson } from './source-service.ts';

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

/** The stored source by id, or null when it no longer exists. */
export type ExternalSourceLookup = (id: string) => ExternalSourceJson | null;

/**
 * An external id's or identifier's `externalSource`. `expand=externalSources` is undocumented
 * beyond its name (endpoints.md lists it on the contact and organization reads, searches and
 * identifier lookups), so the sandbox does what the name and the model promise a Genesys user:
 * `ExternalId.externalSource` and `ContactIdentifier.externalSource` are typed `ExternalSource` in
 * models.json, so with the expand (a `lookup`) each is the whole source (id, name, active,
 * linkConfiguration, selfUri) as GET /externalsources/{id} answers it, and without it the
 * `{id, selfUri}` reference. A deleted source stays a bare reference: Genesys keeps a deleted
 * source's ids on its records (domain-rules §11), and there is nothing left to expand.
 */
export function externalSourceRef(id: string, lookup?: ExternalSourceLookup): object {
  return lookup?.(id) ?? { id, selfUri: `${EXTERNAL_SOURCES_PATH}/${id}` };
}

/** A lookup that reads each source once per answer (a page of contacts often shares a few). */
export function cachedSourceLookup(find: ExternalSourceLookup): ExternalSourceLookup {
  const seen = new Map<string, ExternalSourceJson | null>();
  return (id) => {
    if (!seen.has(id)) seen.set(id, find(id));
    return seen.get(id) ?? null;
  };
}

/** The stored external ids with their source as a reference, or expanded. */
function externalIdsJson(stored: unknown, lookup: ExternalSourceLookup | undefined): unknown {
  if (!Array.isArray(stored)) return stored;
  return stored.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) return item;
    const externalId = item as Record<string, unknown>;
    const source = externalId.externalSource as { id?: unknown } | undefined;
    if (typeof source?.id !== 'string') return externalId;
    return { ...externalId, externalSource: externalSourceRef(source.id, lookup) };
  });
}

/** An identifier as the API returns it; its source a reference (see identifierView). */
export function identifierJson(record: IdentifierRecord): Record<string, unknown> {
  return identifierView(undefined)(record);
}

/** Identifiers with their source expanded when `sources` is given (expand=externalSources). */
export const identifierView =
  (sources: ExternalSourceLookup | undefined) =>
  (record: IdentifierRecord): Record<string, unknown> => {
    const json: Record<string, unknown> = {
      type: record.type,
      value: record.value,
      dateCreated: record.dateCreated,
    };
    if (record.externalSourceId !== null) {
      json.externalSource = externalSourceRef(record.externalSourceId, sources);
    }
    if (record.divisionId !== null) json.division = divisionRefJson(record.divisionId, null, false);
    return json;
  };

export interface OrganizationViewOptions {
  division: DivisionRecord | null;
  withDivisionName: boolean;
  identifiers?: readonly IdentifierRecord[];
  includeTrustor?: boolean;
  /** Given with `expand=externalSources`. */
  externalSources?: ExternalSourceLookup;
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
  if (json.externalIds !== undefined)
    json.externalIds = externalIdsJson(json.externalIds, options.externalSources);
  if (options.identifiers !== undefined)
    json.identifiers = options.identifiers.map(identifierView(options.externalSources));
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
  /** Given with `expand=externalSources`. */
  externalSources?: ExternalSourceLookup;
}

export function contactJson(
  record: ContactRecord,
  options: ContactViewOptions,
): Record<string, unknown> {
  const json: Record<string, unknown> = { id: record.id, ...record.doc };
  if (json.externalIds !== undefined)
    json.externalIds = externalIdsJson(json.externalIds, options.externalSources);
  json.division = divisionRefJson(record.divisionId, options.division, options.withDivisionName);
  if (record.organizationId !== null) {
    json.externalOrganization = options.organization ?? {
      id: record.organizationId,
      selfUri: organizationUri(record.organizationId),
    };
  }
  if (options.identifiers !== undefined)
    json.identifiers = options.identifiers.map(identifierView(options.externalSources));
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
