// zod/mini: users/me is loaded before the shell paints.
import * as z from 'zod/mini';

/** The part of Genesys' UserMe the console reads (models.json: UserMe, UserAuthorization). */
const ref = z.object({ id: z.string(), name: z.optional(z.string()) });

export const userMeSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  username: z.optional(z.string()),
  title: z.optional(z.string()),
  department: z.optional(z.string()),
  division: z.optional(ref),
  organization: z.optional(ref),
  authorization: z.optional(
    z.object({
      roles: z.optional(z.array(ref)),
      permissions: z.optional(z.array(z.string())),
    }),
  ),
});

export type UserMe = z.infer<typeof userMeSchema>;
