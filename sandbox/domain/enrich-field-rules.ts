import { z } from 'zod';

const fieldAction = z.enum(['AlwaysUseProvided', 'PreferExisting', 'PreferProvided'], {
  error: 'action must be AlwaysUseProvided, PreferExisting or PreferProvided.',
});
const arrayAction = z.enum(['Replace', 'Extend', 'Fill'], {
  error: 'arrayAction must be Replace, Extend or Fill.',
});

export const enrichFieldRulesSchema = z.object({
  defaultAction: fieldAction.optional(),
  defaultArrayAction: arrayAction.optional(),
  rules: z
    .array(
      z.object({
        field: z
          .string()
          .regex(/^\$(\.[A-Za-z0-9_]+)+$/, 'field must be a dot-notation path such as $.a.b.'),
        action: fieldAction.optional(),
        arrayAction: arrayAction.optional(),
      }),
    )
    .optional(),
});

export type EnrichFieldRules = z.output<typeof enrichFieldRulesSchema>;
type FieldAction = z.output<typeof fieldAction>;
type ArrayAction = z.output<typeof arrayAction>;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown) => value === undefined || value === null;

/** The most items a list may hold, by its dot path (`$.externalIds`): what Fill stops at. */
export type ArrayLimits = Readonly<Record<string, number>>;

/**
 * Combines stored data with request data, field by field. Omitted request fields count as null:
 * PreferProvided/PreferExisting keep stored data for them, AlwaysUseProvided clears it. Arrays
 * follow the array action: Replace takes the request's list, Extend appends all of it (a list
 * that then exceeds its limit is refused by the write rules), Fill appends the items not already
 * stored up to the list's limit (models.json: "concatenation ... up to the array size limit"), so
 * a contact's single Facebook id is kept rather than refused.
 */
export function combineFields(
  existing: Json,
  provided: Json,
  rules: EnrichFieldRules = {},
  arrayLimits: ArrayLimits = {},
): Json {
  const byPath = new Map((rules.rules ?? []).map((rule) => [rule.field, rule]));
  const defaults = {
    action: rules.defaultAction ?? 'PreferProvided',
    arrayAction: rules.defaultArrayAction ?? 'Fill',
  } as const;

  function combine(stored: Json, given: Json, path: string, inherited: FieldAction): Json {
    const out: Json = {};
    for (const key of new Set([...Object.keys(stored), ...Object.keys(given)])) {
      const fieldPath = `${path}.${key}`;
      const rule = byPath.get(fieldPath);
      const action = rule?.action ?? inherited;
      const value = combineValue(stored[key], given[key], fieldPath, action, rule?.arrayAction);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  function combineValue(
    stored: unknown,
    given: unknown,
    path: string,
    action: FieldAction,
    ruleArrayAction: ArrayAction | undefined,
  ): unknown {
    if (isAbsent(given)) return action === 'AlwaysUseProvided' ? undefined : stored;
    if (isAbsent(stored)) return given;
    if (Array.isArray(stored) && Array.isArray(given)) {
      const mode = ruleArrayAction ?? defaults.arrayAction;
      if (mode === 'Replace') return given;
      if (mode === 'Extend') return [...stored, ...given];
      const seen = new Set(stored.map((item) => JSON.stringify(item)));
      const filled = [...stored, ...given.filter((item) => !seen.has(JSON.stringify(item)))];
      const limit = arrayLimits[path];
      return limit === undefined ? filled : filled.slice(0, Math.max(limit, stored.length));
    }
    if (isObject(stored) && isObject(given)) return combine(stored, given, path, action);
    return action === 'PreferExisting' ? stored : given;
  }

  return combine(existing, provided, '$', defaults.action);
}
