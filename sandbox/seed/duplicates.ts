import type { Rng } from './random.ts';
import type { GeneratedContact } from './seed-types.ts';

export interface DuplicateClusters {
  /** A copy of the input in which each group's members share the group's first member's data. */
  contacts: GeneratedContact[];
  /** Indexes into `contacts`, 2 to 4 per group, no index in two groups. */
  groups: number[][];
}

/** Groups: a few dozen, fewer when there are few contacts to spare. */
const MAX_GROUPS = 36;

/**
 * Makes some contacts look like the same person entered more than once (what merging is for):
 * the later members of a group take the first member's names and either its email or its cell
 * phone. Ephemeral contacts are left out, as they carry no names. Pure: the input is not changed.
 */
export function duplicateClusters(
  contacts: readonly GeneratedContact[],
  rng: Rng,
  groupCount: number = MAX_GROUPS,
): DuplicateClusters {
  const candidates = contacts.flatMap((contact, index) =>
    contact.type === 'Ephemeral' ? [] : [index],
  );
  // A partial Fisher-Yates shuffle: only as many draws as the groups need.
  const result = [...contacts];
  const groups: number[][] = [];
  let drawn = 0;
  while (groups.length < groupCount) {
    const size = rng.int(2, 4);
    if (drawn + size > candidates.length) break;
    const group: number[] = [];
    for (let member = 0; member < size; member += 1) {
      const swap = drawn + rng.int(0, candidates.length - drawn - 1);
      const chosen = candidates[swap] ?? 0;
      candidates[swap] = candidates[drawn] ?? 0;
      candidates[drawn] = chosen;
      drawn += 1;
      group.push(chosen);
    }
    group.sort((a, b) => a - b);
    shareIdentity(result, group, rng.chance(0.5) ? 'email' : 'phone');
    groups.push(group);
  }
  return { contacts: result, groups };
}

function shareIdentity(
  contacts: GeneratedContact[],
  group: readonly number[],
  prefer: 'email' | 'phone',
): void {
  const [firstIndex, ...others] = group;
  const source = firstIndex === undefined ? undefined : contacts[firstIndex];
  if (source === undefined) return;
  const email = source.body.workEmail ?? source.body.personalEmail;
  const phone = source.body.cellPhone;
  const useEmail = email !== undefined && (prefer === 'email' || phone === undefined);
  for (const index of others) {
    const duplicate = contacts[index];
    if (duplicate === undefined) continue;
    const body = {
      ...duplicate.body,
      firstName: source.body.firstName,
      lastName: source.body.lastName,
    };
    if (useEmail) body.workEmail = email;
    else if (phone !== undefined) body.cellPhone = { ...phone };
    contacts[index] = { ...duplicate, body };
  }
}
