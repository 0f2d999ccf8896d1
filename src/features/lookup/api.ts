import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { fieldsOfKind } from '@/models/record-fields';
import type {
  IdentifierLookupAnswer,
  LookedUpOrganization,
  ReverseWhitepagesLookupResult,
} from './lookup-model';
import type { LookupRequest } from './search-params';

const BASE = '/externalcontacts';

/** The contact's references (its organization): the results show their names, in one round trip. */
const CONTACT_REFERENCES = fieldsOfKind(CONTACT_FIELDS, 'reference').map((field) => field.key);
export const REVERSE_EXPAND = [...CONTACT_REFERENCES.map((key) => `contacts.${key}`), 'division'];
export const CONTACT_LOOKUP_EXPAND = [...CONTACT_REFERENCES, 'identifiers', 'division'];
export const ORGANIZATION_LOOKUP_EXPAND = ['identifiers', 'division'] as const;

/**
 * Which contact lookup route to call. `/identifierlookup/contacts` accepts only
 * externalContacts:contact:view; the deprecated `/identifierlookup` also accepts
 * relate:contact:view, so a user holding only that one still gets an answer.
 */
export type ContactLookupRoute = 'current' | 'legacy';

export const lookupKeys = {
  all: ['lookup'] as const,
  request: (request: LookupRequest, route: ContactLookupRoute) =>
    [...lookupKeys.all, request.kind, request, route] as const,
};

export type LookupAnswer =
  | { kind: 'reverse'; result: ReverseWhitepagesLookupResult }
  | { kind: 'contact'; answer: IdentifierLookupAnswer<ExternalContact> }
  | { kind: 'organization'; answer: IdentifierLookupAnswer<LookedUpOrganization> };

async function identifierLookup<T>(call: () => Promise<T>): Promise<IdentifierLookupAnswer<T>> {
  try {
    return { found: true, record: await call() };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return { found: false, message: error.message };
    }
    throw error;
  }
}

export function lookupQueryOptions(
  api: ApiClient,
  request: LookupRequest,
  route: ContactLookupRoute,
) {
  return queryOptions({
    queryKey: lookupKeys.request(request, route),
    queryFn: async ({ signal }): Promise<LookupAnswer> => {
      switch (request.kind) {
        case 'reverse':
          return {
            kind: 'reverse',
            result: await api<ReverseWhitepagesLookupResult>(`${BASE}/reversewhitepageslookup`, {
              query: { lookupVal: request.value, expand: REVERSE_EXPAND },
              signal,
            }),
          };
        case 'contact':
          return {
            kind: 'contact',
            answer: await identifierLookup(() =>
              api<ExternalContact>(
                route === 'legacy'
                  ? `${BASE}/identifierlookup`
                  : `${BASE}/identifierlookup/contacts`,
                {
                  method: 'POST',
                  query: { expand: CONTACT_LOOKUP_EXPAND },
                  body: { type: request.type, value: request.value },
                  signal,
                },
              ),
            ),
          };
        case 'organization':
          return {
            kind: 'organization',
            answer: await identifierLookup(() =>
              api<LookedUpOrganization>(`${BASE}/identifierlookup/organizations`, {
                method: 'POST',
                query: { expand: ORGANIZATION_LOOKUP_EXPAND },
                body: { type: request.type, value: request.value },
                signal,
              }),
            ),
          };
      }
    },
    // A lookup answers for the moment it is made; claims and releases elsewhere change it.
    staleTime: 0,
  });
}
