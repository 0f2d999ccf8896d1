import { randomUUID } from 'node:crypto';
import { schemaDocumentProblems } from '../../src/models/data-schema.ts';
import type { FieldProblem, JsonSchemaDocument } from '../../src/models/data-schema.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { createDataSchemasRepo } from '../db/data-schemas-repo.ts';
import type {
  DataSchemaVersionRecord,
  DataSchemasRepo,
  SchemaCreator,
  SchemaTarget,
} from '../db/data-schemas-repo.ts';
import { ApiProblem, badRequest, invalidField, notFound } from '../errors.ts';
import { CORE_TYPE_LIMITS } from './core-types.ts';
import type { DataSchemaWrite } from './schema-request.ts';
import { SCHEMA_QUANTITY_LIMITS } from './schema-limits.ts';

const LIMITS = SCHEMA_QUANTITY_LIMITS;
const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const TARGET_WORD: Readonly<Record<SchemaTarget, string>> = {
  contact: 'contact',
  organization: 'organization',
};

/**
 * `conflict` is the sandbox's code for 409: Genesys documents the status ("conflicts with the
 * current state of the target resource") but no code string.
 */
export function conflict(message: string, entityId: string, fieldName?: string): ApiProblem {
  const detail = fieldName === undefined ? { entityId } : { entityId, fieldName };
  return new ApiProblem(409, 'conflict', message, {
    details: [{ errorCode: 'conflict', ...detail }],
  });
}

/** All problems in one 400: the message lists them, details name every field. */
function problemsToError(problems: readonly FieldProblem[]): ApiProblem {
  return badRequest(
    problems.map((problem) => problem.message).join(' '),
    problems.map((problem) => ({ errorCode: 'invalid.value', fieldName: problem.fieldName })),
  );
}

export function schemaNotFound(target: SchemaTarget, id: string): ApiProblem {
  return notFound(`No ${TARGET_WORD[target]} schema with id ${id} exists.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'schema' },
  ]);
}

function checkedName(repo: DataSchemasRepo, target: SchemaTarget, raw: string, id: string): string {
  const name = raw.trim();
  if (
    name.length < LIMITS.minSchemaNameCharacters ||
    name.length > LIMITS.maxSchemaNameCharacters
  ) {
    throw invalidField(
      'name',
      `A schema name must be ${LIMITS.minSchemaNameCharacters} to ${LIMITS.maxSchemaNameCharacters} characters long.`,
    );
  }
  // 400 on the field (not 409) so the console can show it on the name input; Genesys is silent.
  if (repo.nameTaken(target, name, id)) {
    throw invalidField('name', `A ${TARGET_WORD[target]} schema named ${name} already exists.`);
  }
  return name;
}

/** The document as stored: the author's, with the draft-04 defaults Genesys returns filled in. */
function checkedDocument(
  repo: DataSchemasRepo,
  document: unknown,
  previous: DataSchemaVersionRecord | null,
): JsonSchemaDocument {
  const problems = schemaDocumentProblems(document, {
    coreTypes: CORE_TYPE_LIMITS,
    quantity: LIMITS,
    previous: previous?.jsonSchema ?? null,
  });
  if (problems.length > 0) throw problemsToError(problems);
  const parsed = document as JsonSchemaDocument;
  const fields = Object.keys(parsed.properties).length;
  const inOrg = repo.countFieldsInOrg(previous?.id) + fields;
  if (inOrg > LIMITS.maxNumberOfFieldsPerOrg) {
    throw invalidField(
      'jsonSchema.properties',
      `The org may have at most ${LIMITS.maxNumberOfFieldsPerOrg} custom fields in all; this change would make ${inOrg}.`,
    );
  }
  return { $schema: DRAFT_04, type: 'object', additionalProperties: false, ...parsed };
}

export interface SchemaService {
  create(
    target: SchemaTarget,
    body: DataSchemaWrite,
    creator: SchemaCreator,
    id?: string,
  ): DataSchemaVersionRecord;
  update(
    target: SchemaTarget,
    id: string,
    body: DataSchemaWrite,
    creator: SchemaCreator,
  ): DataSchemaVersionRecord;
  remove(target: SchemaTarget, id: string): void;
  repo: DataSchemasRepo;
}

export function createSchemaService(db: SqliteDatabase, clock: () => number): SchemaService {
  const repo = createDataSchemasRepo(db);
  const now = () => new Date(clock()).toISOString();

  return {
    repo,

    create(target, body, creator, id = randomUUID()) {
      if (body.name === undefined) throw invalidField('name', 'A schema needs a name.');
      const name = checkedName(repo, target, body.name, id);
      if (repo.countSchemas() >= LIMITS.maxNumberOfSchemasPerOrg) {
        throw badRequest(
          `The org already has the maximum of ${LIMITS.maxNumberOfSchemasPerOrg} contact and organization schemas.`,
        );
      }
      const record: DataSchemaVersionRecord = {
        id,
        target,
        version: 1,
        name,
        enabled: body.enabled ?? true,
        jsonSchema: checkedDocument(repo, body.jsonSchema, null),
        createdBy: creator,
        dateCreated: now(),
      };
      repo.insertSchema(target, record);
      return record;
    },

    update(target, id, body, creator) {
      const current = repo.find(target, id);
      if (current === null) throw schemaNotFound(target, id);
      if (body.version === undefined) {
        throw invalidField('version', 'version is required on update: send the version you read.');
      }
      if (body.version !== current.version) {
        throw conflict(
          `The schema version ${body.version} does not match the current version ${current.version}. Read the schema again and reapply your change.`,
          id,
          'version',
        );
      }
      const record: DataSchemaVersionRecord = {
        id,
        target,
        version: current.version + 1,
        name: body.name === undefined ? current.name : checkedName(repo, target, body.name, id),
        enabled: body.enabled ?? current.enabled,
        jsonSchema: checkedDocument(repo, body.jsonSchema, current),
        createdBy: creator,
        dateCreated: now(),
      };
      repo.insertVersion(record);
      return record;
    },

    remove(target, id) {
      const current = repo.find(target, id);
      if (current === null) throw schemaNotFound(target, id);
      // Refused rather than orphaning records whose customFields could no longer be validated.
      const users = target === 'contact' ? repo.countContactsUsing(id) : 0;
      if (users > 0) {
        throw conflict(
          `The schema ${current.name} is used by ${users} contact${users === 1 ? '' : 's'}; move them to another schema before deleting it.`,
          id,
        );
      }
      repo.delete(target, id);
    },
  };
}

/** Input of the seed helper: a schema document plus who made it. */
export interface SeedDataSchemaInput {
  target: SchemaTarget;
  name: string;
  jsonSchema: unknown;
  enabled?: boolean;
  /** A fixed id keeps demo data stable across runs; random otherwise. */
  id?: string;
  createdBy?: SchemaCreator;
}

/** For seeding without HTTP: same rules as POST …/schemas (throws ApiProblem on a bad document). */
export function createDataSchema(
  db: SqliteDatabase,
  input: SeedDataSchemaInput,
  clock: () => number = Date.now,
): DataSchemaVersionRecord {
  const service = createSchemaService(db, clock);
  const body: DataSchemaWrite = { name: input.name, jsonSchema: input.jsonSchema };
  if (input.enabled !== undefined) body.enabled = input.enabled;
  const creator = input.createdBy ?? { id: 'sandbox-seed', kind: 'client' };
  return service.create(input.target, body, creator, input.id);
}
