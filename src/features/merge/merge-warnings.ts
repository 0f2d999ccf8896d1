import { contactName, type ExternalContact } from '@/models/contact-fields';
import { newestFirst } from '@/models/merge-fields';
import { MAX_MERGE_CONTACTS, MAX_MERGE_SET, MIN_MERGE_CONTACTS } from './merge-search';

/** How each requested id came back from the bulk unresolved read. */
export type CandidateState =
  | {
      id: string;
      state: 'found';
      contact: ExternalContact;
      /** For a merged-away contact: the name of the contact it became, when known. */
      mergedIntoName?: string;
    }
  | { id: string; state: 'missing' }
  | { id: string; state: 'failed'; message: string };

export interface MergeWarning {
  kind:
    | 'too-few'
    | 'too-many'
    | 'missing'
    | 'failed'
    | 'already-merged'
    | 'merge-set-too-large'
    | 'divisions-differ';
  /** An error blocks the merge: the API would refuse it. A warning is for the user to weigh. */
  severity: 'error' | 'warning';
  message: string;
  /** The contacts concerned, so the page can offer to take them out of the merge. */
  contactIds: string[];
  /** A merged-away contact's id → the contact it lives on in, to merge that one instead. */
  replaceWith?: Record<string, string>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The merge set the result would have: every input and everything merged into it before. */
export function resultMergeSetSize(contacts: readonly ExternalContact[]): number {
  const ids = new Set<string>();
  for (const contact of contacts) {
    ids.add(contact.id);
    for (const ancestor of contact.mergeSet ?? []) ids.add(ancestor.id);
  }
  return ids.size;
}

/**
 * What stands in the way of merging these contacts, or deserves a second look, in the order a
 * user should deal with it. `divisionName` turns a division id into its name when known.
 */
export function mergeWarnings(
  candidates: readonly CandidateState[],
  divisionName: (id: string) => string = (id) => id,
): MergeWarning[] {
  const warnings: MergeWarning[] = [];
  const count = candidates.length;
  if (count < MIN_MERGE_CONTACTS) {
    warnings.push({
      kind: 'too-few',
      severity: 'error',
      message: `A merge needs at least ${MIN_MERGE_CONTACTS} contacts; ${count === 0 ? 'none is chosen' : 'only 1 is chosen'}. Choose contacts in the contacts list or with “Add a contact”.`,
      contactIds: [],
    });
  }
  if (count > MAX_MERGE_CONTACTS) {
    warnings.push({
      kind: 'too-many',
      severity: 'error',
      message: `A merge takes at most ${MAX_MERGE_CONTACTS} contacts; ${count} are chosen. Remove ${plural(count - MAX_MERGE_CONTACTS, 'contact', 'contacts')}.`,
      contactIds: [],
    });
  }
  const missing = candidates.filter((candidate) => candidate.state === 'missing');
  if (missing.length > 0) {
    warnings.push({
      kind: 'missing',
      severity: 'error',
      message: `${plural(missing.length, 'contact does', 'contacts do')} not exist (deleted, or a wrong id): ${missing.map((candidate) => candidate.id).join(', ')}. Remove ${missing.length === 1 ? 'it' : 'them'} to merge the others.`,
      contactIds: missing.map((candidate) => candidate.id),
    });
  }
  for (const candidate of candidates) {
    if (candidate.state === 'failed') {
      warnings.push({
        kind: 'failed',
        severity: 'error',
        message: `The contact ${candidate.id} could not be read: ${candidate.message}`,
        contactIds: [candidate.id],
      });
    }
  }
  const found = candidates.flatMap((candidate) =>
    candidate.state === 'found' ? [candidate.contact] : [],
  );
  for (const candidate of candidates) {
    if (candidate.state !== 'found') continue;
    const { contact } = candidate;
    if (contact.mergedTo) {
      warnings.push({
        kind: 'already-merged',
        severity: 'error',
        message: `${contactName(contact)} was already merged into another contact${candidate.mergedIntoName ? `, ${candidate.mergedIntoName}` : ''}. Merge that contact instead.`,
        contactIds: [contact.id],
        replaceWith: { [contact.id]: contact.mergedTo.id },
      });
    }
  }
  const setSize = resultMergeSetSize(found);
  if (setSize > MAX_MERGE_SET) {
    warnings.push({
      kind: 'merge-set-too-large',
      severity: 'error',
      message: `The merged contact would have ${setSize} contacts in its merge set (these contacts and everything merged into them before); the limit is ${MAX_MERGE_SET}. Remove contacts with large merge sets.`,
      contactIds: [],
    });
  }
  const divisionIds = [...new Set(found.map((contact) => contact.division?.id ?? ''))];
  const newest = newestFirst(found)[0];
  if (divisionIds.length > 1 && newest) {
    const names = divisionIds.map((id) => (id ? divisionName(id) : 'no division'));
    warnings.push({
      kind: 'divisions-differ',
      severity: 'warning',
      message: `The contacts are in different divisions (${names.join(', ')}). The merged contact goes in the division of the most recently modified one, ${newest.division?.id ? divisionName(newest.division.id) : 'no division'}, so people who can see only the others' divisions will not see it.`,
      contactIds: [],
    });
  }
  return warnings;
}

export const blocksMerge = (warnings: readonly MergeWarning[]) =>
  warnings.some((warning) => warning.severity === 'error');
