import { z } from 'zod';

/** Bodies of POST /import/csv/jobs, POST /import/jobs and PUT /import/jobs/{id}. */

const ref = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`);
const divisionSchema = z
  .object({ id: ref('division.id') }, { error: 'division must be an object with an id.' })
  .nullish();
export const csvJobSchema = z.object({
  uploadId: ref('uploadId'),
  settingsId: ref('settingsId'),
  division: divisionSchema,
});
export const jobSchema = z.object({ settingsId: ref('settingsId'), division: divisionSchema });
export const statusUpdateSchema = z.object({
  jobId: ref('jobId'),
  status: z.enum(['Continue', 'Cancel', 'Retry'], {
    error: 'status must be one of Continue, Cancel, Retry.',
  }),
});
