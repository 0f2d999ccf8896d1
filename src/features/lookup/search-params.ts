// zod/mini: the route validates its URL before the page (and its form's classic zod) loads.
import * as z from 'zod/mini';
import { CONTACT_IDENTIFIER_TYPES } from '@/models/contact-identifier-types';

export const LOOKUP_KINDS = ['reverse', 'contact', 'organization'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** Email addresses reach 256 characters (models.json), the longest thing a caller can give. */
export const MAX_REVERSE_VALUE = 256;
/** ContactIdentifier.value: at most 255 characters. */
export const MAX_IDENTIFIER_VALUE = 255;

/**
 * The lookup's URL state, so a lookup is a link someone can share. A bad value in a hand-edited
 * link falls back on its own (z.catch) instead of breaking the page.
 */
export const lookupSearchSchema = z.object({
  kind: z._default(z.catch(z.enum(LOOKUP_KINDS), 'reverse'), 'reverse'),
  type: z.catch(z.optional(z.enum(CONTACT_IDENTIFIER_TYPES)), undefined),
  value: z.catch(z.optional(z.string().check(z.maxLength(MAX_REVERSE_VALUE))), undefined),
});

export type LookupSearch = z.output<typeof lookupSearchSchema>;

export type LookupRequest =
  | { kind: 'reverse'; value: string }
  | { kind: 'contact'; type: (typeof CONTACT_IDENTIFIER_TYPES)[number]; value: string }
  | { kind: 'organization'; type: 'ExternalId'; value: string };

/**
 * The request a URL asks for, or null when it asks for nothing the API would accept (no value,
 * no type, a value over the limit): the page then shows the form with its messages instead.
 */
export function toLookupRequest(search: LookupSearch): LookupRequest | null {
  const value = search.value?.trim() ?? '';
  if (value === '') return null;
  switch (search.kind) {
    case 'reverse':
      return { kind: 'reverse', value };
    case 'contact':
      if (search.type === undefined || value.length > MAX_IDENTIFIER_VALUE) return null;
      return { kind: 'contact', type: search.type, value };
    case 'organization':
      if (value.length > MAX_IDENTIFIER_VALUE) return null;
      // Organizations hold only ExternalId identifiers, whatever the link says.
      return { kind: 'organization', type: 'ExternalId', value };
  }
}
