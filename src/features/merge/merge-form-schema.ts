import * as z from 'zod/mini';
import type { MergeRow } from './merge-fields';

/**
 * The merge form's values: one chosen value key per field the user has a choice on. Built from
 * the rows, so a choice can only name a value one of the contacts holds, and a phone or email
 * sits in one slot only (the swap in `choose` keeps it so; this catches anything else).
 */
export function mergeFormSchema(rows: readonly MergeRow[]) {
  return z.object({ choices: z.record(z.string(), z.string()) }).check(
    z.superRefine(({ choices }, context) => {
      const taken = new Map<string, string>();
      for (const [fieldId, key] of Object.entries(choices)) {
        const row = rows.find((candidate) => candidate.field.id === fieldId);
        if (!row || !row.options.some((option) => option.key === key)) {
          context.addIssue({
            code: 'custom',
            path: ['choices', fieldId],
            message: `Choose one of the listed values for ${row?.field.label.toLowerCase() ?? fieldId}.`,
          });
          continue;
        }
        if (!row.field.group) continue;
        const slot = `${row.field.group}:${key}`;
        const other = taken.get(slot);
        if (other !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['choices', fieldId],
            message: `This value is already kept as the ${other.toLowerCase()}.`,
          });
        } else {
          taken.set(slot, row.field.label);
        }
      }
    }),
  );
}

export type MergeFormValues = z.output<ReturnType<typeof mergeFormSchema>>;
