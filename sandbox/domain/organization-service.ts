import { randomUUID } from 'node:crypto';
import { externalOrganizationWriteSchema } from '../../src/models/external-organization.ts';
import { createIdentifiersRepo } from '../db/identifiers-repo.ts';
import type { OrganizationRecord } from '../db/organizations-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { ContactService } from './contact-service.ts';
import { documentAsWrite, organizationDocument } from './contact-documents.ts';
import { applyPatch, patchRequestSchema } from './entity-patch.ts';
import { organizationJson } from './entity-views.ts';
import type { OrganizationExpand } from './entity-views.ts';
import { externalSourceLookups } from './external-source-lookup.ts';
import { organizationSearchText } from './search-text.ts';
import { createTrustorService, trustorJson } from './trustors.ts';

const ORG_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function organizationNotFound(id: string) {
  return notFound(`The external organization ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'externalOrganization' },
  ]);
}

/** Organization writes and reads; contacts are re-indexed when the name they show changes. */
export function createOrganizationService(context: SandboxContext, contacts: ContactService) {
  const { db, identities } = context;
  const { organizations } = contacts;
  const identifiers = createIdentifiersRepo(db, 'organization');
  const sourceLookup = externalSourceLookups(db);
  const trustors = createTrustorService(db);

  function store(record: OrganizationRecord, isNew: boolean): void {
    const row = { ...record, searchText: organizationSearchText(record.doc) };
    if (isNew) organizations.insert(row);
    else organizations.update(row);
  }

  function build(body: unknown) {
    const write = parseBody(externalOrganizationWriteSchema, body);
    const custom = contacts.checkCustomFields('organization', write);
    return { write, doc: organizationDocument(write, custom) };
  }

  function requireOrganization(id: string): OrganizationRecord {
    const record = organizations.find(id);
    if (record === null) throw organizationNotFound(id);
    return record;
  }

  function prepareCreate(body: unknown): OrganizationRecord {
    const { write, doc } = build(body);
    const division = contacts.resolveDivision(write.division?.id);
    const timestamp = contacts.now();
    return {
      id: randomUUID(),
      divisionId: division.id,
      trustorId: null,
      trustorLinkedAt: null,
      createDate: timestamp,
      modifyDate: timestamp,
      doc,
    };
  }

  function prepareReplace(existing: OrganizationRecord, body: unknown): OrganizationRecord {
    const { write, doc } = build(body);
    const divisionId = write.division?.id;
    if (divisionId !== undefined && divisionId !== existing.divisionId) {
      // Same rule as contacts: moving between divisions is delete + create.
      throw invalidField('division.id', "An organization's division cannot be changed.");
    }
    return { ...existing, doc, modifyDate: contacts.now() };
  }

  /** The contacts show the organization's name in search: keep their index in step. */
  function storeReplaced(previous: OrganizationRecord, record: OrganizationRecord): void {
    store(record, false);
    if (previous.doc.name !== record.doc.name) {
      contacts.reindexOrganizationContacts(record.id, false);
    }
  }

  return {
    organizations,
    identifiers,
    store,
    storeReplaced,
    requireOrganization,
    prepareCreate,
    prepareReplace,

    create(body: unknown): OrganizationRecord {
      const record = prepareCreate(body);
      db.transaction(() => store(record, true))();
      return record;
    },

    replace(id: string, body: unknown): OrganizationRecord {
      const existing = requireOrganization(id);
      const record = prepareReplace(existing, body);
      db.transaction(() => storeReplaced(existing, record))();
      return record;
    },

    patch(id: string, body: unknown): OrganizationRecord {
      const existing = requireOrganization(id);
      const request = parseBody(patchRequestSchema, body);
      const form = { ...documentAsWrite(existing.doc), division: { id: existing.divisionId } };
      const record = prepareReplace(existing, applyPatch(form, request));
      db.transaction(() => storeReplaced(existing, record))();
      return record;
    },

    /** Allowed with contacts attached: they stay, without their organization link. */
    remove(id: string): void {
      requireOrganization(id);
      db.transaction(() => {
        contacts.reindexOrganizationContacts(id, true);
        organizations.remove(id);
      })();
    },

    linkTrustor(id: string, trustorId: string): OrganizationRecord {
      // A trustor is a Genesys Cloud org, and org ids are UUIDs.
      if (!ORG_ID.test(trustorId)) {
        throw invalidField(
          'trustorId',
          'trustorId must be the id (a UUID) of a trustor organization.',
        );
      }
      const existing = requireOrganization(id);
      // Only an org that trusts this one can be linked (GET /orgauthorization/trustors lists them).
      trustors.require(trustorId);
      const record = { ...existing, trustorId, trustorLinkedAt: contacts.now() };
      db.transaction(() => store(record, false))();
      return record;
    },

    unlinkTrustor(id: string): void {
      const existing = requireOrganization(id);
      db.transaction(() => store({ ...existing, trustorId: null, trustorLinkedAt: null }, false))();
    },

    view(
      record: OrganizationRecord,
      expand: ReadonlySet<OrganizationExpand>,
      options: { withDivisionName?: boolean; includeTrustor?: boolean } = {},
    ): Record<string, unknown> {
      const withDivisionName = options.withDivisionName === true || expand.has('division');
      const json = organizationJson(record, {
        division: withDivisionName ? identities.findDivision(record.divisionId) : null,
        withDivisionName,
        includeTrustor: options.includeTrustor === true,
        ...(expand.has('identifiers') ? { identifiers: identifiers.ofOwner(record.id) } : {}),
        ...(expand.has('externalSources') ? { externalSources: sourceLookup() } : {}),
      });
      // ExternalOrganization.trustor is a whole Trustor, as GET /orgauthorization/trustors/{id}
      // answers it. A link made before trustors were modelled may name an org that is not one:
      // it keeps the short form (id, link date).
      const trustor = json.trustor === undefined ? null : trustors.find(record.trustorId ?? '');
      if (trustor !== null) json.trustor = trustorJson(trustor);
      return json;
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;
