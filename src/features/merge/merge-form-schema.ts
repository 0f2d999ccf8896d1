import * as z from 'zod/mini';
import type { MergeRow } from '@/models/merge-fields';

/**
 * The merge form's values: one chosen value key per field the user has a choice on. Built from
 * the rows, so a choice can only name a value one of the contacts holds, and a phone or email sits
 * in no more slots than Genesys' default puts it in: once, or twice when the newest contact itself
 * holds it twice, which the API keeps as it is (the swap in `choose` keeps it so; this catches
 * anything else).
 */
export function mergeFormSchema(rows: readonly MergeRow[]) {
  const allowed = new Map<string, number>();
  for (const row of rows) {
    if (!row.field.group || row.defaultKey === undefined) continue;
    const slot = `${row.field.group}:${row.defaultKey}`;
    allowed.set(slot, (allowed.get(slot) ?? 0) + 1);
  }
  return z.object({ choices: z.record(z.string(), z.string()) }).check(
    z.superRefine(({ choices }, context) => {
      const taken = new Map<string, string[]>();
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
        const holders = taken.get(slot) ?? [];
        if (holders.length >= Math.max(1, allowed.get(slot) ?? 0)) {
          context.addIssue({
            code: 'custom',
            path: ['choices', fieldId],
            message: `This value is already kept as the ${(holders[0] ?? '').toLowerCase()}.`,
          });
        } else {
          taken.set(slot, [...holders, row.field.label]);
        }
      }
    }),
  );
}

export type MergeFormValues = z.output<ReturnType<typeof mergeFormSchema>>;
