import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import type { CoreTypeLimitsByName, DataSchema, JsonSchemaDocument } from '@/models/data-schema';
import {
  coreTypesQueryOptions,
  schemaListQueryOptions,
  schemaVersionQueryOptions,
  type SchemaEntity,
} from '../api';
import { customFieldsToApi, type CustomFieldsFormPart } from './custom-field-values';

/** The schema a record already points at, as the API returns it on the record. */
export interface RecordSchemaRef {
  id?: string | undefined;
  name?: string | undefined;
  version?: number | undefined;
}

export interface SchemaChoice {
  id: string;
  label: string;
  version: number;
  document: JsonSchemaDocument;
}

export interface CustomFieldSchemas {
  /** False when the user may not read schemas: custom fields are then kept as they are. */
  canView: boolean;
  loading: boolean;
  error: unknown;
  choices: SchemaChoice[];
  choiceFor: (schemaId: string) => SchemaChoice | undefined;
  coreTypes: CoreTypeLimitsByName;
  /** Wraps a form's resolver so custom fields are checked with the chosen schema's rules. */
  wrapResolver: <T extends FieldValues & CustomFieldsFormPart, C, O>(
    resolver: Resolver<T, C, O>,
  ) => Resolver<T, C, O>;
  /** Puts `schema` + `customFields` into a write body (or removes them for "No schema"). */
  applyTo: (body: Record<string, unknown>, values: CustomFieldsFormPart) => void;
}

const choiceOf = (schema: DataSchema, suffix = ''): SchemaChoice | null =>
  schema.id && schema.version !== undefined
    ? {
        id: schema.id,
        label: `${schema.name ?? schema.id}${suffix}`,
        version: schema.version,
        document: schema.jsonSchema,
      }
    : null;

/**
 * The schemas a record of `entity` may pick: every enabled one (at its latest version), plus the
 * record's own schema when it is disabled, at the version the record uses, so its values stay
 * editable and valid (the API keeps accepting a version that was enabled when assigned).
 */
export function useCustomFieldSchemas(
  entity: SchemaEntity,
  current: RecordSchemaRef | undefined,
): CustomFieldSchemas {
  const { api } = useServices();
  const canView = usePermissions().can(...PERMISSIONS.schema.view);
  const list = useQuery({ ...schemaListQueryOptions(api, entity), enabled: canView });
  const coreTypes = useQuery({ ...coreTypesQueryOptions(api, entity), enabled: canView });
  const currentId = current?.id;
  const currentVersion = current?.version;
  const own = useQuery({
    ...schemaVersionQueryOptions(api, entity, currentId ?? '', currentVersion ?? 0),
    enabled: canView && Boolean(currentId) && currentVersion !== undefined,
  });

  const choices: SchemaChoice[] = [];
  for (const schema of list.data ?? []) {
    if (schema.enabled === false) continue;
    const choice = choiceOf(schema);
    if (choice) choices.push(choice);
  }
  if (currentId && !choices.some((choice) => choice.id === currentId) && own.data) {
    const choice = choiceOf(own.data, ` (disabled; kept at version ${own.data.version ?? '?'})`);
    if (choice) choices.push(choice);
  }
  const choiceFor = (schemaId: string) => choices.find((choice) => choice.id === schemaId);

  // The resolver is created once by useForm; it reads the newest schemas through this ref.
  const latest = useRef({ choiceFor, coreTypes: coreTypes.data ?? {}, canView });
  useEffect(() => {
    latest.current = { choiceFor, coreTypes: coreTypes.data ?? {}, canView };
  });

  const wrapResolver: CustomFieldSchemas['wrapResolver'] =
    (resolver) => async (values, context, options) => {
      const result = await resolver(values, context, options);
      const { choiceFor: find, coreTypes: limits, canView: allowed } = latest.current;
      const choice = allowed ? find(values.schemaId) : undefined;
      if (!choice) return result;
      const { problems } = customFieldsToApi(choice.document, values.customFields, limits);
      if (problems.length === 0) return result;
      const fieldErrors: Record<string, { type: string; message: string }> = {};
      for (const problem of problems) {
        const key = problem.fieldName.replace(/^customFields\./, '');
        fieldErrors[key] ??= { type: 'schema', message: problem.message };
      }
      const errors = { ...result.errors, customFields: fieldErrors } as FieldErrors<typeof values>;
      return { values: {}, errors };
    };

  const applyTo: CustomFieldSchemas['applyTo'] = (body, values) => {
    // Without read access the record's schema and values were carried over untouched.
    if (!latest.current.canView) return;
    const choice = latest.current.choiceFor(values.schemaId);
    if (!choice) {
      if (values.schemaId === '') {
        delete body.schema;
        delete body.customFields;
      }
      return;
    }
    const { customFields } = customFieldsToApi(
      choice.document,
      values.customFields,
      latest.current.coreTypes,
    );
    body.schema = { id: choice.id, version: choice.version };
    if (customFields) body.customFields = customFields;
    else delete body.customFields;
  };

  return {
    canView,
    loading:
      canView && (list.isPending || coreTypes.isPending || (Boolean(currentId) && own.isPending)),
    error: list.error ?? coreTypes.error ?? own.error,
    choices,
    choiceFor,
    coreTypes: coreTypes.data ?? {},
    wrapResolver,
    applyTo,
  };
}
