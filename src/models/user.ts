import { z } from 'zod';

/** The part of Genesys' UserMe the console reads (models.json: UserMe, UserAuthorization). */
export const domainRoleSchema = z.object({ id: z.string(), name: z.string().optional() });

export const userAuthorizationSchema = z.object({
  roles: z.array(domainRoleSchema).optional(),
  permissions: z.array(z.string()).optional(),
});

export const userMeSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  email: z.string().optional(),
  username: z.string().optional(),
  title: z.string().optional(),
  department: z.string().optional(),
  division: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  organization: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  authorization: userAuthorizationSchema.optional(),
});

export type UserMe = z.infer<typeof userMeSchema>;
