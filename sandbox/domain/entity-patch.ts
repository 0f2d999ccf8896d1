import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ApiProblem, invalidField } from '../errors.ts';
import { asRecord } from './json-clean.ts';

/**
 * PATCH of contacts and organizations (ExternalContactsPatchRequest): each change names a field
 * with a `$.a.b` path (dot notation only) and an action. Changes apply in order to the write form
 * of the stored document; the result is then validated like a PUT body.
 */

export const PATCH_ACTIONS = [
  'UpdateIfEmpty',
  'UpdateIfExists',
  'Update',
  'AppendToCollection',
  'Remove',
  'RemoveFromCollection',
] as const;

export const patchRequestSchema = z.object({
  changes: z
    .array(
      z.object({
        action: z.enum(PATCH_ACTIONS, {
          error: `action must be one of ${PATCH_ACTIONS.join(', ')}.`,
        }),
        field: z.string({ error: 'field is required: a path such as $.address.city.' }),
        value: z.unknown().optional(),
      }),
      { error: 'changes must be a list of {action, field, value}.' },
    )
    .min(1, 'changes must hold at least one change.'),
});

export type PatchRequest = z.output<typeof patchRequestSchema>;

const PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

function pathOf(field: string, index: number): string[] {
  if (!PATH.test(field)) {
    throw invalidField(
      `changes[${index}].field`,
      `changes[${index}].field must be a path like $.firstName or $.address.city (dot notation only).`,
    );
  }
  return field.slice(2).split('.');
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  const record = asRecord(value);
  return record !== null && Object.keys(record).length === 0;
}

/** Genesys answers 409 when one request patches a field and its parent. */
function assertNoOverlap(paths: readonly string[][]): void {
  const joined = paths.map((path) => path.join('.'));
  for (const [i, a] of joined.entries()) {
    for (const [j, b] of joined.entries()) {
      if (i !== j && b.startsWith(`${a}.`)) {
        throw new ApiProblem(
          409,
          'patch.field.conflict',
          `$.${a} and $.${b} cannot be patched in the same request: one contains the other.`,
          { details: [{ fieldName: `changes[${j}].field` }] },
        );
      }
    }
  }
}

function parentOf(doc: Record<string, unknown>, path: readonly string[], create: boolean) {
  let node: Record<string, unknown> = doc;
  for (const key of path.slice(0, -1)) {
    const child = asRecord(node[key]);
    if (child === null) {
      if (!create) return null;
      const fresh: Record<string, unknown> = {};
      node[key] = fresh;
      node = fresh;
    } else {
      const copy = { ...child };
      node[key] = copy;
      node = copy;
    }
  }
  return node;
}

export function applyPatch(
  base: Record<string, unknown>,
  request: PatchRequest,
): Record<string, unknown> {
  const paths = request.changes.map((change, index) => pathOf(change.field, index));
  assertNoOverlap(paths);
  const doc = structuredClone(base);
  request.changes.forEach((change, index) => {
    const path = paths[index] ?? [];
    const key = path[path.length - 1] ?? '';
    const needsValue = change.action !== 'Remove';
    if (needsValue && change.value === undefined) {
      throw invalidField(`changes[${index}].value`, `${change.action} needs a value.`);
    }
    const parent = parentOf(doc, path, needsValue);
    if (parent === null) return;
    const current = parent[key];
    switch (change.action) {
      case 'Update':
        parent[key] = change.value;
        break;
      case 'UpdateIfEmpty':
        if (isEmpty(current)) parent[key] = change.value;
        break;
      case 'UpdateIfExists':
        if (!isEmpty(current)) parent[key] = change.value;
        break;
      case 'Remove':
        delete parent[key];
        break;
      case 'AppendToCollection':
      case 'RemoveFromCollection': {
        if (current !== undefined && current !== null && !Array.isArray(current)) {
          throw invalidField(`changes[${index}].field`, `$.${path.join('.')} is not a list.`);
        }
        const items: unknown[] = Array.isArray(change.value) ? change.value : [change.value];
        const list: unknown[] = Array.isArray(current) ? current : [];
        parent[key] =
          change.action === 'AppendToCollection'
            ? [...list, ...items]
            : list.filter((item) => !items.some((gone) => isDeepStrictEqual(item, gone)));
        break;
      }
    }
  });
  return doc;
}
