import * as z from 'zod/mini';
import { requiredText, urlWithProtocol } from './common.ts';

/**
 * What a client may write on an external source (POST and PUT). `id` and `selfUri` are set by the
 * server, so parsing drops them. Uniqueness of the name is checked by the server, not here.
 */
export const EXTERNAL_SOURCE_LIMITS = { name: 200, uriTemplate: 400 } as const;

export const linkConfigurationInput = z.object(
  {
    uriTemplate: urlWithProtocol(EXTERNAL_SOURCE_LIMITS.uriTemplate, 'Link URI template').check(
      z.minLength(1, 'Link URI template is required.'),
    ),
  },
  { error: 'Link configuration must be an object.' },
);

export const externalSourceWriteSchema = z.object(
  {
    name: requiredText(EXTERNAL_SOURCE_LIMITS.name, 'Name'),
    active: z.nullish(z.boolean({ error: 'Active must be true or false.' })),
    linkConfiguration: z.nullish(linkConfigurationInput),
  },
  { error: 'The external source must be an object.' },
);

export type ExternalSourceWrite = z.output<typeof externalSourceWriteSchema>;
