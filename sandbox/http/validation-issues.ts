import type { z } from 'zod';

/**
 * Validator issues in Genesys' words. Genesys' details carry dotted error codes and its messages
 * name the field and what is wrong, so zod's codes (`invalid_type`, `custom`…) and its default
 * wording ("Invalid input: expected nonoptional…") never reach a caller. Messages a schema sets
 * itself ("First name must be text.") are already plain and are kept.
 */

type RawIssue = z.core.$ZodRawIssue;

/** `missing.property`, `invalid.property` (a field the model does not have) or `invalid.value`. */
export function genesysErrorCode(issue: { code?: string; input?: unknown }): string {
  if (issue.code === 'unrecognized_keys') return 'invalid.property';
  if (issue.input === undefined && issue.code === 'invalid_type') return 'missing.property';
  return 'invalid.value';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return 'a value of another type';
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  tuple: 'a list',
  date: 'a date',
  null: 'null',
};

function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

function plainMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'A value is required.';
      return `Must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}.`;
    case 'too_big':
      return `Must be at most ${String(issue.maximum)}${unitOf(issue.origin)}.`;
    case 'too_small':
      return `Must be at least ${String(issue.minimum)}${unitOf(issue.origin)}.`;
    case 'invalid_format':
      return `Must be a valid ${issue.format}.`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map((value) => String(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}.`;
    default:
      return 'The value is not valid.';
  }
}

/** A per-parse error map: it only replaces zod's defaults, never a schema's own message. */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => plainMessage(issue);
