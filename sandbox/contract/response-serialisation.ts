import type { FastifyBaseLogger, preSerializationAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { OperationContract } from './operation-contract.ts';

/**
 * Every 2xx answer of an operation with a declared response schema is parsed with it before it
 * is serialised. Object schemas that are `z.object` drop the keys they do not list, so a field
 * nobody declared (a stray key in a stored document, a column a migration left behind) can never
 * reach a client. Loose placeholder schemas (`looseObject`) keep what they do not know.
 *
 * What happens to an answer that does not match its schema depends on who runs the sandbox:
 * - `strict` (unit and e2e tests): the request fails with a 500, so the mismatch is found by the
 *   test rather than by a client later.
 * - lenient (`npm start`, any other run): the offending values are dropped, the rest is answered
 *   and the mismatch is logged, so a demo keeps working.
 */

export class ResponseContractError extends Error {
  constructor(operationId: string, issues: readonly z.core.$ZodIssue[]) {
    const detail = issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super(`The answer of ${operationId} does not match its declared schema: ${detail}`);
    this.name = 'ResponseContractError';
  }
}

export interface ResponseSerialisationOptions {
  strict: boolean;
}

/**
 * Tests fail loudly on an answer that breaks its contract (vitest's NODE_ENV=test, and the e2e
 * suite's sandbox through SANDBOX_STRICT_RESPONSES=1); a sandbox people work with (`npm start`)
 * answers what parses instead of a 500.
 */
export function strictResponsesByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' || env.SANDBOX_STRICT_RESPONSES === '1';
}

/** How many times a lenient parse may drop offending values before it gives up. */
const MAX_REPAIRS = 10;

function isContainer(value: unknown): value is Record<PropertyKey, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function childOf(parent: unknown, key: PropertyKey): { found: boolean; value: unknown } {
  if (!isContainer(parent)) return { found: false, value: undefined };
  const record = parent as Record<PropertyKey, unknown>;
  return { found: Object.hasOwn(record, key), value: record[key] };
}

/**
 * The longest part of an issue's path that names a value the payload holds: the value itself
 * when it has the wrong type, its object when a required key is missing.
 */
function presentPath(root: unknown, path: readonly PropertyKey[]): PropertyKey[] {
  const present: PropertyKey[] = [];
  let node = root;
  for (const key of path) {
    const child = childOf(node, key);
    if (!child.found) break;
    present.push(key);
    node = child.value;
  }
  return present;
}

/** Removes the value at a path (a key from its object, an item from its list). */
function dropAt(root: unknown, path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  if (last === undefined) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = childOf(parent, key).value;
  if (!isContainer(parent)) return false;
  if (Array.isArray(parent) && typeof last === 'number') {
    parent.splice(last, 1);
    return true;
  }
  return delete (parent as Record<PropertyKey, unknown>)[last];
}

function deepestAndLastFirst(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  if (a.length !== b.length) return b.length - a.length;
  const [lastA, lastB] = [a.at(-1), b.at(-1)];
  return typeof lastA === 'number' && typeof lastB === 'number' ? lastB - lastA : 0;
}

/**
 * The payload as the schema lets it out, or, when lenient, with what does not parse dropped.
 * Throws a ResponseContractError when strict, or when nothing sensible is left to answer.
 */
export function serialiseResponse(
  schema: z.core.$ZodType,
  payload: unknown,
  operationId: string,
  options: ResponseSerialisationOptions & { log?: FastifyBaseLogger },
): unknown {
  const first = z.safeParse(schema, payload);
  if (first.success) return first.data;
  if (options.strict) throw new ResponseContractError(operationId, first.error.issues);

  options.log?.error(
    { err: new ResponseContractError(operationId, first.error.issues) },
    'answer does not match its declared schema; offending values dropped',
  );
  const repaired: unknown = structuredClone(payload);
  let issues = first.error.issues;
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt += 1) {
    // Deepest paths first, and list items from the end, so earlier removals keep later paths valid.
    const unique = new Map<string, PropertyKey[]>();
    for (const issue of issues) {
      const path = presentPath(repaired, issue.path);
      unique.set(JSON.stringify(path.map(String)), path);
    }
    const paths = [...unique.values()].sort(deepestAndLastFirst);
    // Every path is dropped (no short cut): a list loses all its bad items in one round.
    const dropped = paths.map((path) => dropAt(repaired, path));
    if (!dropped.includes(true)) break;
    const next = z.safeParse(schema, repaired);
    if (next.success) return next.data;
    issues = next.error.issues;
  }
  throw new ResponseContractError(operationId, issues);
}

/** The preSerialization hook of one operation, or undefined when it declares no response schema. */
export function responseSerialiser(
  contract: OperationContract,
  options: ResponseSerialisationOptions,
): preSerializationAsyncHookHandler | undefined {
  const { schema, documentOnly } = contract.response;
  if (schema === undefined || documentOnly === true) return undefined;
  return async (request, reply, payload) => {
    if (reply.statusCode < 200 || reply.statusCode >= 300) return payload;
    return serialiseResponse(schema, payload, contract.operationId, {
      ...options,
      log: request.log,
    });
  };
}
