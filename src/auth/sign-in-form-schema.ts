// zod/mini: the sign-in page is the first screen; keep the classic build of zod off it.
import * as z from 'zod/mini';

export const signInFormSchema = z.object({
  regionId: z.string().check(z.minLength(1, 'Choose the region your Genesys Cloud org is in.')),
  clientId: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter the OAuth client id (an implicit-grant client of your org).'),
      z.maxLength(200, 'An OAuth client id is at most 200 characters.'),
      z.regex(
        /^[A-Za-z0-9._-]+$/,
        'A client id has only letters, digits, dots, dashes and underscores.',
      ),
    ),
});

export type SignInFormValues = z.infer<typeof signInFormSchema>;
