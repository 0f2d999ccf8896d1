import * as z from 'zod/mini';
import {
  CORE_TYPE_NAMES,
  schemaDocumentProblems,
  type CoreTypeLimitsByName,
  type FieldProblem,
  type JsonSchemaDocument,
  type SchemaQuantityLimits,
} from '@/models/data-schema';
import {
  draftToDocument,
  NUMERIC_ATTRIBUTES,
  type NumericAttribute,
  type SchemaDraft,
} from './schema-draft';

/** What the checks of a draft depend on besides the draft: the org's limits, the saved version. */
export interface DraftCheckContext {
  coreTypes: CoreTypeLimitsByName;
  /** Undefined while loading: only the checks that need no limit run. */
  limits: SchemaQuantityLimits | undefined;
  previous: JsonSchemaDocument | null;
}

/**
 * Every problem of the draft, named as the API names them (`name`, `jsonSchema.properties.<key>…`):
 * the shared document checks plus the two the document cannot show (the name's length, two fields
 * with one key, which the document's object would merge). The JSON view lists these by line.
 */
export function draftProblems(draft: SchemaDraft, context: DraftCheckContext): FieldProblem[] {
  const { limits } = context;
  const found =
    limits === undefined
      ? []
      : schemaDocumentProblems(draftToDocument(draft), {
          coreTypes: context.coreTypes,
          quantity: limits,
          previous: context.previous,
        });
  const name = draft.name.trim();
  if (
    limits &&
    (name.length < limits.minSchemaNameCharacters || name.length > limits.maxSchemaNameCharacters)
  ) {
    found.unshift({
      fieldName: 'name',
      message: `A schema name must be ${limits.minSchemaNameCharacters} to ${limits.maxSchemaNameCharacters} characters long.`,
    });
  }
  const keys = draft.fields.map((field) => field.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) {
    found.push({
      fieldName: `jsonSchema.properties.${duplicate}`,
      message: `Two fields have the key ${duplicate}.`,
    });
  }
  return found;
}

const NUMERIC_PATHS: Record<string, NumericAttribute> = {
  minLength: 'minLength',
  maxLength: 'maxLength',
  minimum: 'minimum',
  maximum: 'maximum',
  minItems: 'minItems',
  maxItems: 'maxItems',
  'items.minLength': 'itemMinLength',
  'items.maxLength': 'itemMaxLength',
};

/**
 * The form path a problem belongs to: `jsonSchema.properties.tier_enum.maxItems` → the input of
 * that attribute in the tier field's card (`fields.3.numbers.maxItems`). What no input shows lands
 * on the field's key (the field as a whole), the field list (`fields`) or the document
 * (`documentExtra`). Two fields with one key: the problem goes to each of them.
 */
export function problemPaths(fieldName: string, draft: SchemaDraft): string[] {
  if (fieldName === 'name') return ['name'];
  if (fieldName === 'jsonSchema.description') return ['description'];
  const prefix = 'jsonSchema.properties.';
  if (!fieldName.startsWith(prefix)) {
    return [fieldName === 'jsonSchema.properties' ? 'fields' : 'documentExtra'];
  }
  const rest = fieldName.slice(prefix.length);
  // The longest key that names the problem (keys may be anything while typed, even contain dots).
  const key = draft.fields
    .map((field) => field.key)
    .filter((candidate) => rest === candidate || rest.startsWith(`${candidate}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (key === undefined) return ['documentExtra'];
  const attribute = rest.slice(key.length + 1);
  return draft.fields.flatMap((field, index) => {
    if (field.key !== key) return [];
    const at = `fields.${index}`;
    if (attribute === '') return [`${at}.key`];
    if (attribute === 'title' || attribute === 'description' || attribute === 'uniqueItems') {
      return [`${at}.${attribute}`];
    }
    if (attribute === 'allOf') return [`${at}.coreType`];
    const numeric = NUMERIC_PATHS[attribute];
    if (numeric) return [`${at}.numbers.${numeric}`];
    if (attribute === 'enum' || attribute === '_enumProperties') return [`${at}.enumValues`];
    if (attribute.startsWith('_enumProperties.')) {
      const value = attribute.slice('_enumProperties.'.length).replace(/\.(title|_disabled)$/, '');
      const entry = field.enumValues.findIndex((candidate) => candidate.value === value);
      return [entry === -1 ? `${at}.enumValues` : `${at}.enumValues.${entry}.title`];
    }
    return [`${at}.key`];
  });
}

const enumValueDraftSchema = z.object({
  value: z.string(),
  title: z.string(),
  disabled: z.boolean(),
});

const fieldDraftSchema = z.object({
  uid: z.string(),
  key: z.string(),
  keyLocked: z.boolean(),
  keyEdited: z.boolean(),
  coreType: z.enum(CORE_TYPE_NAMES),
  title: z.string(),
  description: z.string(),
  required: z.boolean(),
  numbers: z.partialRecord(z.enum(NUMERIC_ATTRIBUTES), z.string()),
  uniqueItems: z.boolean(),
  enumValues: z.array(enumValueDraftSchema),
  extra: z.record(z.string(), z.unknown()),
});

/**
 * The editor form's schema: the shape of the draft, then the shared checks of the document it
 * makes (see draftProblems), each issue on the form path of the input it is about.
 */
export function schemaDraftSchema(context: DraftCheckContext) {
  return z
    .object({
      name: z.string(),
      enabled: z.boolean(),
      description: z.string(),
      documentExtra: z.record(z.string(), z.unknown()),
      fields: z.array(fieldDraftSchema),
    })
    .check(
      z.superRefine((draft, ctx) => {
        for (const problem of draftProblems(draft, context)) {
          for (const path of problemPaths(problem.fieldName, draft)) {
            ctx.addIssue({
              code: 'custom',
              message: problem.message,
              path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
            });
          }
        }
      }),
    );
}

export interface LocatedProblem {
  /** Form path, e.g. `fields.2.numbers.maxLength`; an array's own problems sit at its path. */
  path: string;
  message: string;
}

/** Every message of a react-hook-form errors tree (all criteria), with the path it is on. */
export function errorList(errors: unknown, path = ''): LocatedProblem[] {
  if (!errors || typeof errors !== 'object') return [];
  const node = errors as Record<string, unknown>;
  const found: LocatedProblem[] = [];
  const add = (message: unknown) => {
    if (typeof message !== 'string' || message === '') return;
    if (!found.some((problem) => problem.path === path && problem.message === message)) {
      found.push({ path, message });
    }
  };
  add(node.message);
  if (node.types && typeof node.types === 'object') {
    for (const messages of Object.values(node.types as Record<string, unknown>)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) add(message);
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types' || key === 'message' || key === 'type') continue;
    // An array's own problem is kept in `root` (react-hook-form's field-array convention).
    const childPath = key === 'root' ? path : path === '' ? key : `${path}.${key}`;
    for (const problem of errorList(child, childPath)) {
      if (!found.some((seen) => seen.path === problem.path && seen.message === problem.message)) {
        found.push(problem);
      }
    }
  }
  return found;
}
