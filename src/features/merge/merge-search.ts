// zod/mini: the route validates its URL before the merge page (and its form's classic zod) loads.
import * as z from 'zod/mini';

/** POST /contacts/merge takes 2 to 25 contact ids (endpoints.md). */
export const MIN_MERGE_CONTACTS = 2;
export const MAX_MERGE_CONTACTS = 25;
/** A merged contact's merge set may hold at most 52 contacts (the documented default limit). */
export const MAX_MERGE_SET = 52;
/** Ids past this are not read at all: the bulk fetch that loads them takes at most 200. */
export const MAX_MERGE_LINK_IDS = 200;

/**
 * The merge screen's URL: the contacts to merge, so a merge can be shared or reopened. A bad
 * value falls back to "no ids" (z.catch), which the page explains, rather than breaking.
 */
export const mergeSearchSchema = z.object({
  // One id arrives as a plain string (?ids=abc), several as a list.
  // Repeated keys (?ids=a&ids=b) arrive as a list whose all-digit ids the router made numbers.
  ids: z.catch(
    z.optional(z.union([z.array(z.union([z.string(), z.number()])), z.string()])),
    undefined,
  ),
});

export type MergeSearch = z.output<typeof mergeSearchSchema>;

/** The ids to load: trimmed, without blanks or repeats, in the order given. */
export function mergeIds(search: MergeSearch): string[] {
  const given = typeof search.ids === 'string' ? [search.ids] : (search.ids ?? []);
  const ids = given.map((id) => String(id).trim()).filter((id) => id !== '');
  return [...new Set(ids)].slice(0, MAX_MERGE_LINK_IDS);
}
