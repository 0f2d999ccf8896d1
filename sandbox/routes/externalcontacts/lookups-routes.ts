import type { FastifyInstance } from 'fastify';
import {
  contactIdentifierInput,
  organizationIdentifierInput,
} from '../../../src/models/contact-identifier.ts';
import type { ContactIdentifierInput } from '../../../src/models/contact-identifier.ts';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactRecord, LookupKind } from '../../db/contacts-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { externalIdLookupKey } from '../../domain/contact-documents.ts';
import { parseExpand } from '../../domain/entity-views.ts';
import { identifierKey } from '../../domain/identifier-claims.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { e164Of } from '../../domain/phone-normalisation.ts';
import { invalidField, notFound } from '../../errors.ts';
import { parseBody } from '../../http/parse-body.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import { organizationExpand } from './organizations-routes.ts';
import { CONTACT_VIEW_ONLY, ORG_VIEW_ONLY } from './contacts-permissions.ts';

const LOOKUP_EXPANDS = [
  'externalOrganization',
  'identifiers',
  'externalSources',
  'division',
] as const;
const WHITEPAGES_EXPANDS = [
  'contacts.externalOrganization',
  'externalDataSources',
  'division',
] as const;
const MAX_WHITEPAGES_CONTACTS = 25;

/** Plain fields an identifier type can fall back to when nobody claimed the identifier. */
const FALLBACK_KINDS: Partial<Record<string, LookupKind>> = {
  Email: 'email',
  Phone: 'phone',
  SocialTwitter: 'twitter',
};

const lookupNotFound = () => notFound('No contact holds this identifier.');

/** Identifier lookups and reverse whitepages lookup. */
export function registerLookupRoutes(
  app: FastifyInstance,
  contacts: ContactService,
  organizations: OrganizationService,
): void {
  function findByIdentifier(input: ContactIdentifierInput): ContactRecord | null {
    const key = identifierKey(input.type, input.value);
    const claim = contacts.identifiers.find(input.type, key);
    if (claim !== null) return contacts.findResolved(claim.ownerId);
    // Undocumented: unclaimed emails/phones/handles resolve to the earliest-created contact
    // holding them, the rule identity resolution uses.
    const kind = FALLBACK_KINDS[input.type];
    if (kind !== undefined) return contacts.contacts.findByLookupKey(kind, key, null, 1)[0] ?? null;
    // Undocumented too: an unclaimed ExternalId resolves, by the same rule, to the earliest-created
    // contact whose `externalIds` hold that value of the source named by `externalSource` (compared
    // exactly: ids are opaque). Without a source nothing falls back: an external id only names a
    // record within its source (two CRMs both number their customers from 1), so a bare value
    // could name anyone; only a claimed identifier answers then.
    const sourceId = input.externalSource?.id;
    if (input.type !== 'ExternalId' || sourceId === undefined) return null;
    return (
      contacts.contacts.findByLookupKey(
        'externalId',
        externalIdLookupKey(sourceId, key),
        null,
        1,
      )[0] ?? null
    );
  }

  const contactLookup = async (request: { body: unknown; query: unknown }) => {
    const expand = parseExpand(listParam(asQueryRecord(request.query), 'expand'), LOOKUP_EXPANDS);
    const identifier = parseBody(contactIdentifierInput, request.body);
    const record = findByIdentifier(identifier);
    if (record === null) throw lookupNotFound();
    return contacts.view(record, expand);
  };
  app.post(
    '/externalcontacts/identifierlookup/contacts',
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    contactLookup,
  );
  app.post(
    '/externalcontacts/identifierlookup',
    { preHandler: requireAnyPermission('externalContacts:contact:view', 'relate:contact:view') },
    contactLookup,
  );

  app.post(
    '/externalcontacts/identifierlookup/organizations',
    { preHandler: requireAnyPermission(...ORG_VIEW_ONLY) },
    async (request) => {
      const expand = organizationExpand(asQueryRecord(request.query));
      const identifier = parseBody(organizationIdentifierInput, request.body);
      const claim = organizations.identifiers.find(
        identifier.type,
        identifierKey(identifier.type, identifier.value),
      );
      const record = claim === null ? null : organizations.organizations.find(claim.ownerId);
      if (record === null) throw notFound('No external organization holds this identifier.');
      return organizations.view(record, expand);
    },
  );

  app.get(
    '/externalcontacts/reversewhitepageslookup',
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const value = singleParam(query, 'lookupVal')?.trim() ?? '';
      if (value === '') throw invalidField('lookupVal', 'lookupVal is required.');
      const expand = parseExpand(listParam(query, 'expand'), WHITEPAGES_EXPANDS);
      const division = singleParam(query, 'divisionId');
      const divisionId = division === undefined || division === '*' ? null : division;
      const keys: { kind: LookupKind; key: string }[] =
        value.includes('@') && !value.startsWith('@')
          ? [{ kind: 'email', key: value.toLowerCase() }]
          : [{ kind: 'twitter', key: value.replace(/^@/, '').toLowerCase() }];
      if (/^\+?[\d\s().-]+$/.test(value)) {
        const e164 = e164Of(value);
        if (e164 !== null) keys.push({ kind: 'phone', key: e164 });
      }
      const found = new Map<string, ContactRecord>();
      for (const { kind, key } of keys) {
        for (const record of contacts.contacts.findByLookupKey(
          kind,
          key,
          divisionId,
          MAX_WHITEPAGES_CONTACTS,
        )) {
          if (found.size < MAX_WHITEPAGES_CONTACTS) found.set(record.id, record);
        }
      }
      const contactExpand = new Set(
        expand.has('contacts.externalOrganization') ? (['externalOrganization'] as const) : [],
      );
      return {
        contacts: [...found.values()].map((record) =>
          contacts.view(record, contactExpand, { withDivisionName: expand.has('division') }),
        ),
      };
    },
  );
}
