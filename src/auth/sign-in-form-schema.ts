import { z } from 'zod';

export const signInFormSchema = z.object({
  regionId: z.string().min(1, 'Choose the region your Genesys Cloud org is in.'),
  clientId: z
    .string()
    .trim()
    .min(1, 'Enter the OAuth client id (an implicit-grant client of your org).')
    .max(200, 'An OAuth client id is at most 200 characters.')
    .regex(
      /^[A-Za-z0-9._-]+$/,
      'A client id has only letters, digits, dots, dashes and underscores.',
    ),
});

export type SignInFormValues = z.infer<typeof signInFormSchema>;
