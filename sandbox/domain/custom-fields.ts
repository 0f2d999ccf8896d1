import { customFieldProblems, isRecord } from '../../src/models/data-schema.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { createDataSchemasRepo } from '../db/data-schemas-repo.ts';
import type { DataSchemaVersionRecord, DataSchemasRepo } from '../db/data-schemas-repo.ts';
import { CORE_TYPE_LIMITS } from './core-types.ts';
import type {
  CustomFieldCheckInput,
  CustomFieldCheckResult,
  CustomFieldProblem,
  CustomFieldTarget,
  CustomFieldValidator,
} from './custom-fields-contract.ts';
import { schemaUri } from './schema-views.ts';

const fail = (fieldName: string, message: string): CustomFieldCheckResult => ({
  ok: false,
  problems: [{ fieldName, message }],
});

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** The stored form: cleared (null) values dropped, and null when nothing is left. */
function storedValues(customFields: unknown): Record<string, unknown> | null {
  if (!isRecord(customFields)) return null;
  const kept = Object.entries(customFields).filter(([, value]) => value !== null);
  return kept.length === 0 ? null : Object.fromEntries(kept);
}

type Resolved = { record: DataSchemaVersionRecord } | { problem: CustomFieldProblem };

/** `{id, version?}` → that version, or the latest when version is absent. */
function resolveSchema(repo: DataSchemasRepo, target: CustomFieldTarget, ref: unknown): Resolved {
  if (!isRecord(ref) || typeof ref.id !== 'string' || ref.id === '') {
    return { problem: { fieldName: 'schema.id', message: 'schema.id is required.' } };
  }
  const { id, version } = ref;
  if (
    !isAbsent(version) &&
    (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
  ) {
    return {
      problem: {
        fieldName: 'schema.version',
        message: 'schema.version must be a positive whole number.',
      },
    };
  }
  const wanted = typeof version === 'number' ? version : undefined;
  const record = repo.find(target, id, wanted);
  if (record !== null) return { record };
  const latest = wanted === undefined ? null : repo.find(target, id);
  if (latest !== null) {
    const message = `The schema ${latest.name} has no version ${String(wanted)} (the latest is ${latest.version}).`;
    return { problem: { fieldName: 'schema.version', message } };
  }
  return { problem: { fieldName: 'schema', message: `No ${target} schema with id ${id} exists.` } };
}

function check(repo: DataSchemasRepo, input: CustomFieldCheckInput): CustomFieldCheckResult {
  if (isAbsent(input.schema)) {
    const values = storedValues(input.customFields);
    if (values === null && (isAbsent(input.customFields) || isRecord(input.customFields))) {
      return { ok: true, schema: null, customFields: null };
    }
    return fail('schema', 'Custom fields need a schema: send schema {id, version} with them.');
  }
  const resolved = resolveSchema(repo, input.target, input.schema);
  if ('problem' in resolved) return { ok: false, problems: [resolved.problem] };
  const { record } = resolved;
  // Judged on the referenced version: records already on an enabled version keep validating
  // after the schema is disabled, while "latest" (what a new assignment gets) is refused.
  if (!record.enabled) {
    return fail('schema', `The schema ${record.name} is disabled and cannot be assigned.`);
  }
  const problems = customFieldProblems(input.customFields, record.jsonSchema, CORE_TYPE_LIMITS);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    schema: {
      id: record.id,
      version: record.version,
      name: record.name,
      selfUri: schemaUri(input.target, record.id),
    },
    customFields: storedValues(input.customFields),
  };
}

/** Checks `schema` + `customFields` of a contact or organization write against its schema. */
export function createCustomFieldValidator(db: SqliteDatabase): CustomFieldValidator {
  // Built on first use, so a context over a not-yet-migrated database can still be created.
  let repo: DataSchemasRepo | null = null;
  return (input) => {
    repo ??= createDataSchemasRepo(db);
    return check(repo, input);
  };
}
