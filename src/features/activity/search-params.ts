import * as z from 'zod/mini';

/** The activity tab's URL state: whether journey data covers the whole merge set. */
export const activitySearchSchema = z.object({
  includeMerged: z._default(z.catch(z.boolean(), false), false),
});
