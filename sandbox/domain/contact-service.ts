import { randomUUID } from 'node:crypto';
import { externalContactWriteSchema } from '../../src/models/external-contact.ts';
import type { ExternalContactWrite } from '../../src/models/external-contact.ts';
import { createContactsRepo } from '../db/contacts-repo.ts';
import type { ContactRecord, ContactType } from '../db/contacts-repo.ts';
import { createIdentifiersRepo } from '../db/identifiers-repo.ts';
import { createOrganizationsRepo } from '../db/organizations-repo.ts';
import type { DivisionRecord } from '../db/identity-records.ts';
import { badRequest, invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { CustomFieldTarget } from './custom-fields-contract.ts';
import { contactDocument, contactLookupKeys, documentAsWrite } from './contact-documents.ts';
import type { CustomFieldParts } from './contact-documents.ts';
import { nowIso } from './entity-refs.ts';
import { applyPatch, patchRequestSchema } from './entity-patch.ts';
import { contactJson, organizationJson } from './entity-views.ts';
import type { ContactExpand } from './entity-views.ts';
import { externalSourceLookups } from './external-source-lookup.ts';
import { contactSearchText } from './search-text.ts';

/**
 * Contact writes and reads shared by the single, bulk, merge and lookup routes. Writes validate
 * everything before touching the database, then write in one transaction.
 */

export function contactNotFound(id: string) {
  return notFound(`The external contact ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'externalContact' },
  ]);
}

export function createContactService(context: SandboxContext) {
  const { db, identities } = context;
  const contacts = createContactsRepo(db);
  const organizations = createOrganizationsRepo(db);
  const identifiers = createIdentifiersRepo(db, 'contact');
  const sourceLookup = externalSourceLookups(db);
  const now = () => nowIso(context.options.clock);

  function checkCustomFields(
    target: CustomFieldTarget,
    write: { schema?: unknown; customFields?: unknown },
  ): CustomFieldParts {
    const result = context.customFields({
      target,
      schema: write.schema,
      customFields: write.customFields,
    });
    if (!result.ok) {
      throw badRequest(
        result.problems.map((problem) => problem.message).join(' '),
        result.problems.map((problem) => ({
          errorCode: 'invalid.value',
          fieldName: problem.fieldName,
        })),
      );
    }
    return { schema: result.schema, customFields: result.customFields };
  }

  function resolveDivision(id: string | undefined): DivisionRecord {
    if (id === undefined) return identities.homeDivision();
    const division = identities.findDivision(id);
    if (division === null) throw invalidField('division.id', `The division ${id} does not exist.`);
    return division;
  }

  function resolveOrganization(write: ExternalContactWrite): string | null {
    const id = write.externalOrganization?.id;
    if (id === undefined) return null;
    if (organizations.find(id) === null) {
      throw invalidField(
        'externalOrganization.id',
        `The external organization ${id} does not exist.`,
      );
    }
    return id;
  }

  function organizationName(id: string | null): string | null {
    if (id === null) return null;
    const name = organizations.find(id)?.doc.name;
    return typeof name === 'string' ? name : null;
  }

  /** Writes the row, its lookup keys and (through triggers) its search index entry. */
  function store(record: ContactRecord, isNew: boolean): void {
    const searchText = contactSearchText(record.doc, organizationName(record.organizationId));
    const row = { ...record, searchText };
    if (isNew) contacts.insert(row);
    else contacts.update(row);
    contacts.replaceLookupKeys(record.id, contactLookupKeys(record.doc));
  }

  function buildDocument(write: ExternalContactWrite) {
    const custom = checkCustomFields('contact', write);
    return { doc: contactDocument(write, custom), organizationId: resolveOrganization(write) };
  }

  /** A stored contact id, following merges to the canonical contact. */
  function findResolved(id: string): ContactRecord | null {
    let record = contacts.find(id);
    for (let hops = 0; record !== null && record.mergedInto !== null && hops < 64; hops += 1) {
      record = contacts.find(record.mergedInto);
    }
    return record;
  }

  function requireResolved(id: string): ContactRecord {
    const record = findResolved(id);
    if (record === null) throw contactNotFound(id);
    return record;
  }

  function prepareCreate(body: unknown, type: ContactType = 'Curated'): ContactRecord {
    const write = parseBody(externalContactWriteSchema, body);
    const division = resolveDivision(write.division?.id);
    const { doc, organizationId } = buildDocument(write);
    const timestamp = now();
    return {
      id: randomUUID(),
      divisionId: division.id,
      type,
      organizationId,
      canonicalId: null,
      mergedInto: null,
      mergedFrom: null,
      mergeSet: null,
      createDate: timestamp,
      modifyDate: timestamp,
      doc,
    };
  }

  function prepareReplace(existing: ContactRecord, body: unknown): ContactRecord {
    const write = parseBody(externalContactWriteSchema, body);
    const divisionId = write.division?.id;
    if (divisionId !== undefined && divisionId !== existing.divisionId) {
      throw invalidField(
        'division.id',
        "A contact's division cannot be changed. Delete the contact and create it again in the other division.",
      );
    }
    const { doc, organizationId } = buildDocument(write);
    return { ...existing, doc, organizationId, modifyDate: now() };
  }

  function writeForm(record: ContactRecord): Record<string, unknown> {
    const form = documentAsWrite(record.doc);
    form.division = { id: record.divisionId };
    if (record.organizationId !== null) form.externalOrganization = { id: record.organizationId };
    return form;
  }

  const service = {
    contacts,
    organizations,
    identifiers,
    now,
    store,
    checkCustomFields,
    resolveDivision,
    findResolved,
    requireResolved,
    prepareCreate,
    prepareReplace,
    writeForm,

    transaction(work: () => void): void {
      db.transaction(work)();
    },

    create(body: unknown, type: ContactType = 'Curated'): ContactRecord {
      const record = prepareCreate(body, type);
      db.transaction(() => store(record, true))();
      return record;
    },

    replace(id: string, body: unknown): ContactRecord {
      const record = prepareReplace(requireResolved(id), body);
      db.transaction(() => store(record, false))();
      return record;
    },

    patch(id: string, body: unknown): ContactRecord {
      const existing = requireResolved(id);
      const request = parseBody(patchRequestSchema, body);
      const record = prepareReplace(existing, applyPatch(writeForm(existing), request));
      db.transaction(() => store(record, false))();
      return record;
    },

    /** Deleting a canonical contact deletes its merged-away ancestors too: they only live on as its history. */
    remove(id: string): void {
      const record = requireResolved(id);
      db.transaction(() => {
        for (const ancestor of record.mergeSet ?? []) contacts.remove(ancestor);
        contacts.remove(record.id);
      })();
    },

    promote(id: string): ContactRecord {
      const record = requireResolved(id);
      if (record.type === 'Curated') {
        throw badRequest(`The contact ${record.id} is already a curated contact.`, [
          { errorCode: 'contact.already.curated', entityId: record.id },
        ]);
      }
      const promoted: ContactRecord = { ...record, type: 'Curated', modifyDate: now() };
      db.transaction(() => store(promoted, false))();
      return promoted;
    },

    /** Re-index contacts of an organization whose name changed or which is going away. */
    reindexOrganizationContacts(organizationId: string, unlink: boolean): void {
      for (const contactId of contacts.idsOfOrganization(organizationId)) {
        const record = contacts.find(contactId);
        if (record === null) continue;
        store(unlink ? { ...record, organizationId: null } : record, false);
      }
    },

    view(
      record: ContactRecord,
      expand: ReadonlySet<ContactExpand>,
      options: { withDivisionName?: boolean } = {},
    ): Record<string, unknown> {
      const withDivisionName = options.withDivisionName === true || expand.has('division');
      let organization: Record<string, unknown> | null = null;
      if (expand.has('externalOrganization') && record.organizationId !== null) {
        const org = organizations.find(record.organizationId);
        if (org !== null) {
          organization = organizationJson(org, {
            division: identities.findDivision(org.divisionId),
            withDivisionName: false,
          });
        }
      }
      return contactJson(record, {
        division: withDivisionName ? identities.findDivision(record.divisionId) : null,
        withDivisionName,
        organization,
        ...(expand.has('identifiers') ? { identifiers: identifiers.ofOwner(record.id) } : {}),
        ...(expand.has('externalSources') ? { externalSources: sourceLookup() } : {}),
      });
    },
  };
  return service;
}

export type ContactService = ReturnType<typeof createContactService>;
