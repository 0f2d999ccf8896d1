import { randomUUID } from 'node:crypto';
import { relationshipWriteSchema } from '../../src/models/relationship.ts';
import { createOrganizationsRepo } from '../db/organizations-repo.ts';
import { createRelationshipsRepo } from '../db/relationships-repo.ts';
import type { RelationshipRecord, RelationshipRow } from '../db/relationships-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { divisionRefJson, nowIso, organizationUri } from './entity-refs.ts';
import { applyPatch, patchRequestSchema } from './entity-patch.ts';
import { requireUser, userRefJson } from './note-views.ts';
import { organizationNotFound } from './organization-service.ts';

/** Relationships: a user's role (free text, 1–100 chars) towards an external organization. */

export const RELATIONSHIP_EXPANDS = ['externalDataSources', 'division'] as const;
export type RelationshipExpand = (typeof RELATIONSHIP_EXPANDS)[number];

export const relationshipUri = (id: string) => `/api/v2/externalcontacts/relationships/${id}`;

export function relationshipNotFound(id: string) {
  return notFound(`The relationship ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'relationship' },
  ]);
}

export function createRelationshipService(context: SandboxContext) {
  const relationships = createRelationshipsRepo(context.db);
  const organizations = createOrganizationsRepo(context.db);
  const now = () => nowIso(context.options.clock);
  const findUser = (id: string) => context.identities.findUser(id);

  function parseWrite(body: unknown) {
    const write = parseBody(relationshipWriteSchema, body);
    requireUser(findUser, write.user.id, 'user.id');
    const organizationId = write.externalOrganization.id;
    if (organizations.find(organizationId) === null) {
      throw invalidField(
        'externalOrganization.id',
        `The external organization ${organizationId} does not exist.`,
      );
    }
    return { userId: write.user.id, organizationId, relationship: write.relationship };
  }

  function userJson(id: string) {
    const user = findUser(id);
    const ref = userRefJson(id, null, false);
    return user === null ? ref : { id, name: user.name, selfUri: ref.selfUri };
  }

  function requireRelationship(id: string): RelationshipRow {
    const row = relationships.find(id);
    if (row === null) throw relationshipNotFound(id);
    return row;
  }

  function prepareCreate(body: unknown): RelationshipRecord {
    const timestamp = now();
    return { id: randomUUID(), ...parseWrite(body), createDate: timestamp, modifyDate: timestamp };
  }

  function prepareReplace(existing: RelationshipRecord, body: unknown): RelationshipRecord {
    return { ...existing, ...parseWrite(body), modifyDate: now() };
  }

  return {
    relationships,
    requireRelationship,
    prepareCreate,
    prepareReplace,

    transaction(work: () => void): void {
      context.db.transaction(work)();
    },

    requireOrganization(id: string): void {
      if (organizations.find(id) === null) throw organizationNotFound(id);
    },

    create(body: unknown): RelationshipRow {
      const record = prepareCreate(body);
      relationships.insert(record);
      return requireRelationship(record.id);
    },

    replace(id: string, body: unknown): RelationshipRow {
      relationships.update(prepareReplace(requireRelationship(id), body));
      return requireRelationship(id);
    },

    patch(id: string, body: unknown): RelationshipRow {
      const existing = requireRelationship(id);
      const request = parseBody(patchRequestSchema, body);
      const form = {
        user: { id: existing.userId },
        externalOrganization: { id: existing.organizationId },
        relationship: existing.relationship,
      };
      relationships.update(prepareReplace(existing, applyPatch(form, request)));
      return requireRelationship(id);
    },

    remove(id: string): void {
      relationships.remove(requireRelationship(id).id);
    },

    view(row: RelationshipRow, expand: ReadonlySet<RelationshipExpand>): Record<string, unknown> {
      const withDivisionName = expand.has('division');
      const name = organizations.find(row.organizationId)?.doc.name;
      const json: Record<string, unknown> = {
        id: row.id,
        division: divisionRefJson(
          row.divisionId,
          withDivisionName ? context.identities.findDivision(row.divisionId) : null,
          withDivisionName,
        ),
        user: userJson(row.userId),
        externalOrganization: {
          id: row.organizationId,
          ...(typeof name === 'string' ? { name } : {}),
          selfUri: organizationUri(row.organizationId),
        },
        relationship: row.relationship,
      };
      // No data sources are recorded for relationships in the sandbox.
      if (expand.has('externalDataSources')) json.externalDataSources = [];
      json.selfUri = relationshipUri(row.id);
      return json;
    },
  };
}

export type RelationshipService = ReturnType<typeof createRelationshipService>;
