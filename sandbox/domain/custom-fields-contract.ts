/**
 * The contract between contact/organization writes and the custom-field schemas: every write that
 * carries `schema` or `customFields` is checked here before it is stored.
 */
export type CustomFieldTarget = 'contact' | 'organization';

export interface CustomFieldCheckInput {
  target: CustomFieldTarget;
  /** The `schema` of the request body as sent: `{id, version?}`, or absent. */
  schema: unknown;
  /** The `customFields` of the request body as sent, or absent. */
  customFields: unknown;
}

/** The schema reference to store on the entity, as Genesys returns it. */
export interface StoredSchemaRef {
  id: string;
  version: number;
  name: string;
  selfUri: string;
}

export interface CustomFieldProblem {
  /** `customFields.<key>` or `schema` / `schema.version`: the field the 400 names. */
  fieldName: string;
  message: string;
}

export type CustomFieldCheckResult =
  | { ok: true; schema: StoredSchemaRef | null; customFields: Record<string, unknown> | null }
  | { ok: false; problems: CustomFieldProblem[] };

export type CustomFieldValidator = (input: CustomFieldCheckInput) => CustomFieldCheckResult;
