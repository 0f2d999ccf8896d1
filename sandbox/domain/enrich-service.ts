import type { ContactIdentifierInput } from '../../src/models/contact-identifier.ts';
import { MAX_APPLE_OPAQUE_IDS, MAX_EXTERNAL_IDS } from '../../src/models/external-contact.ts';
import { MAX_ORGANIZATION_EXTERNAL_IDS } from '../../src/models/external-organization.ts';
import type { ContactRecord, LookupKind } from '../db/contacts-repo.ts';
import type { IdentifiersRepo } from '../db/identifiers-repo.ts';
import type { OrganizationRecord } from '../db/organizations-repo.ts';
import { ApiProblem, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import { documentAsWrite } from './contact-documents.ts';
import type { ContactService } from './contact-service.ts';
import { combineFields } from './enrich-field-rules.ts';
import type { ArrayLimits, EnrichFieldRules } from './enrich-field-rules.ts';
import { contactEnrichRequestSchema, organizationEnrichRequestSchema } from './enrich-requests.ts';
import { claimIdentifier, identifierKey } from './identifier-claims.ts';
import { createMergeService } from './merge-service.ts';
import type { OrganizationService } from './organization-service.ts';

/**
 * Enrich (sandbox choices, the API documents only the action names):
 * - Insert with any match → 409; Update with no match → 404; Upsert updates the first match or
 *   creates; Merge merges all matches (2+) through the merge service, updates a single match,
 *   or creates when nothing matched.
 * - Matches are looked up in the identifiers' order: claimed identifiers first, then (contacts
 *   only) unclaimed emails/phones/Twitter handles held as plain fields, as the lookup routes do.
 * - The resulting entity claims every matching identifier nobody else holds.
 * - dryRun runs everything inside a transaction that is rolled back.
 */

export interface EnrichOutcome<T> {
  record: T;
  created: boolean;
}

class DryRunRollback extends Error {}

const FALLBACK_KINDS: Partial<Record<string, LookupKind>> = {
  Email: 'email',
  Phone: 'phone',
  SocialTwitter: 'twitter',
};

/** The write rules' list limits (src/models), which Fill stops at. */
const CONTACT_ARRAY_LIMITS: ArrayLimits = {
  '$.externalIds': MAX_EXTERNAL_IDS,
  '$.appleOpaqueIds': MAX_APPLE_OPAQUE_IDS,
  '$.facebookId.ids': 1,
  '$.instagramId.ids': 1,
  '$.lineId.ids': 1,
};
const ORGANIZATION_ARRAY_LIMITS: ArrayLimits = { '$.externalIds': MAX_ORGANIZATION_EXTERNAL_IDS };

/** The division of a stored entity never changes; the request's division only places new ones. */
function withoutDivision(data: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...data };
  delete copy.division;
  return copy;
}

function insertConflict(ids: readonly string[]) {
  return new ApiProblem(
    409,
    'enrich.match.exists',
    `Insert found existing records for the matching identifiers: ${ids.join(', ')}.`,
    { details: ids.map((entityId) => ({ fieldName: 'matchingIdentifiers', entityId })) },
  );
}

function claimFree(
  repo: IdentifiersRepo,
  ownerId: string,
  inputs: readonly ContactIdentifierInput[],
  now: string,
) {
  for (const input of inputs) {
    const held = repo.find(input.type, identifierKey(input.type, input.value));
    if (held === null) claimIdentifier(repo, ownerId, input, now);
  }
}

function rulesOf(rules: EnrichFieldRules | null | undefined): EnrichFieldRules {
  return rules ?? {};
}

export function createEnrichService(contacts: ContactService, organizations: OrganizationService) {
  const merges = createMergeService(contacts);

  /** Runs the work in a transaction; a dry run computes the result and then rolls back. */
  function run<T>(dryRun: boolean, work: () => T): T {
    let result: T | undefined;
    try {
      contacts.transaction(() => {
        result = work();
        if (dryRun) throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    if (result === undefined) throw new Error('enrich produced no result');
    return result;
  }

  function matchContacts(inputs: readonly ContactIdentifierInput[]): ContactRecord[] {
    const found = new Map<string, ContactRecord>();
    for (const input of inputs) {
      const key = identifierKey(input.type, input.value);
      const claim = contacts.identifiers.find(input.type, key);
      const kind = FALLBACK_KINDS[input.type];
      let record: ContactRecord | null = null;
      if (claim !== null) record = contacts.findResolved(claim.ownerId);
      else if (kind !== undefined) {
        record = contacts.contacts.findByLookupKey(kind, key, null, 1)[0] ?? null;
      }
      if (record !== null) found.set(record.id, record);
    }
    return [...found.values()];
  }

  function updateContact(
    target: ContactRecord,
    data: Record<string, unknown>,
    rules: EnrichFieldRules,
    promote: boolean,
  ): ContactRecord {
    const combined = combineFields(
      contacts.writeForm(target),
      withoutDivision(data),
      rules,
      CONTACT_ARRAY_LIMITS,
    );
    const record = contacts.prepareReplace(target, { ...combined, division: undefined });
    const stored = promote ? { ...record, type: 'Curated' as const } : record;
    contacts.store(stored, false);
    return stored;
  }

  function enrichContact(body: unknown, dryRun: boolean): EnrichOutcome<ContactRecord> {
    const request = parseBody(contactEnrichRequestSchema, body);
    const data = request.contact ?? {};
    const rules = rulesOf(request.fieldRules);
    const promote = request.options?.promote === true;
    return run(dryRun, () => {
      const matches = matchContacts(request.matchingIdentifiers);
      const create = () => {
        const division = request.division ?? data.division;
        const record = contacts.prepareCreate({ ...data, ...(division ? { division } : {}) });
        contacts.store(record, true);
        return { record, created: true };
      };
      let outcome: EnrichOutcome<ContactRecord>;
      const [first] = matches;
      if (request.action === 'Insert') {
        if (first !== undefined) throw insertConflict(matches.map((match) => match.id));
        outcome = create();
      } else if (first === undefined) {
        if (request.action === 'Update') {
          throw notFound('No contact matches the matching identifiers.', [
            { errorCode: 'not.found', fieldName: 'matchingIdentifiers' },
          ]);
        }
        outcome = create();
      } else if (request.action === 'Merge' && matches.length > 1) {
        const merged = merges.mergeContacts({ contactIds: matches.map((match) => match.id) });
        outcome = { record: updateContact(merged, data, rules, promote), created: false };
      } else {
        outcome = { record: updateContact(first, data, rules, promote), created: false };
      }
      claimFree(
        contacts.identifiers,
        outcome.record.id,
        request.matchingIdentifiers,
        contacts.now(),
      );
      return outcome;
    });
  }

  function enrichOrganization(body: unknown, dryRun: boolean): EnrichOutcome<OrganizationRecord> {
    const request = parseBody(organizationEnrichRequestSchema, body);
    const data = request.externalOrganization ?? {};
    const rules = rulesOf(request.fieldRules);
    return run(dryRun, () => {
      const first = request.matchingIdentifiers
        .map((input) =>
          organizations.identifiers.find(input.type, identifierKey(input.type, input.value)),
        )
        .find((claim) => claim !== null);
      const existing = first ? organizations.organizations.find(first.ownerId) : null;
      let outcome: EnrichOutcome<OrganizationRecord>;
      if (existing !== null && request.action === 'Insert') {
        throw insertConflict([existing.id]);
      }
      if (existing === null) {
        if (request.action === 'Update') {
          throw notFound('No external organization matches the matching identifiers.', [
            { errorCode: 'not.found', fieldName: 'matchingIdentifiers' },
          ]);
        }
        const division = request.division ?? data.division;
        const record = organizations.prepareCreate({ ...data, ...(division ? { division } : {}) });
        organizations.store(record, true);
        outcome = { record, created: true };
      } else {
        const stored = documentAsWrite(existing.doc);
        const combined = combineFields(
          stored,
          withoutDivision(data),
          rules,
          ORGANIZATION_ARRAY_LIMITS,
        );
        const record = organizations.prepareReplace(existing, combined);
        organizations.storeReplaced(existing, record);
        outcome = { record, created: false };
      }
      claimFree(
        organizations.identifiers,
        outcome.record.id,
        request.matchingIdentifiers,
        contacts.now(),
      );
      return outcome;
    });
  }

  return { enrichContact, enrichOrganization };
}

export type EnrichService = ReturnType<typeof createEnrichService>;
