import { z } from 'zod';
import { userMeSchema } from '../../../src/models/user.ts';
import { userSearchRequestSchema } from '../../domain/user-search.ts';
import {
  flag,
  jsonBody,
  list,
  oneOf,
  ok,
  operationsOf,
  pageNumber,
  pageSize,
  text,
} from '../contract-builders.ts';
import type { OperationContract } from '../operation-contract.ts';
import { entityWithId, looseObject, trustorListing, trustorView } from '../response-schemas.ts';

const users = operationsOf('Users', '/api/v2');
const divisions = operationsOf('Authorization', '/api/v2');
const tokens = operationsOf('Tokens', '/api/v2');
const trustors = operationsOf('Organization authorization', '/api/v2');
const conversations = operationsOf('Conversations', '/api/v2');
const oauth = operationsOf('OAuth (sandbox sign-in)', '');
const files = operationsOf('Signed files', '');

const user = entityWithId('User', 'A user of the org.');
const division = entityWithId('AuthzDivision', 'A division.');
const listingOf = (item: z.core.$ZodType, id: string) =>
  z.looseObject({ entities: z.array(item), pageSize: z.int(), pageNumber: z.int() }).meta({ id });
const csv = { status: 200, description: 'The CSV file.', contentType: 'text/csv' } as const;
const signed = [
  text('expires', 'When the link stops working (epoch seconds).', { required: true }),
  text('signature', 'The signature of the link.', { required: true }),
];
const form = (fields: Record<string, z.core.$ZodType>) => ({
  schema: z.looseObject(fields),
  required: true,
  contentType: 'application/x-www-form-urlencoded',
});

/** Helper APIs outside External Contacts, the sandbox's sign-in pages and its signed file URLs. */
export const PLATFORM_OPERATIONS: readonly OperationContract[] = [
  users('GET', '/users/me', 'getUsersMe', 'The signed-in user', {
    query: [list('expand', 'Extra parts: authorization, organization, …')],
    // The console's UserMe lists what the console reads; its nested objects would drop the rest.
    response: {
      ...ok(z.looseObject(userMeSchema.shape).meta({ id: 'UserMe' })),
      documentOnly: true,
    },
  }),
  users('GET', '/users', 'getUsers', 'Page through users', {
    query: [
      pageSize(25, undefined, 'Page size, at most 500.'),
      pageNumber(),
      list('id', 'Only these user ids.'),
      text('sortOrder', 'ascending or descending.'),
      list('expand', 'Extra parts.'),
      text('state', 'active, inactive, deleted or any.', { default: 'active' }),
    ],
    response: ok(listingOf(user, 'UserEntityListing')),
  }),
  users('POST', '/users/search', 'postUsersSearch', 'Search users', {
    body: jsonBody(userSearchRequestSchema),
    response: ok(looseObject('UsersSearchResponse', 'results, total, pageCount…')),
  }),
  users('GET', '/users/{userId}', 'getUser', 'Get a user', {
    query: [
      list('expand', 'Extra parts.'),
      text('state', 'active or deleted.', { default: 'active' }),
    ],
    response: ok(user),
  }),
  divisions(
    'GET',
    '/authorization/divisions',
    'getAuthorizationDivisions',
    'List the divisions of the org',
    {
      query: [
        pageSize(25, undefined, 'Page size, at most 500.'),
        pageNumber(),
        list('id', 'Only these division ids.'),
        text('name', 'Name filter.'),
      ],
      response: ok(listingOf(division, 'AuthzDivisionEntityListing')),
    },
  ),
  divisions(
    'GET',
    '/authorization/divisions/home',
    'getAuthorizationDivisionsHome',
    'The home division',
    {
      response: ok(division),
    },
  ),
  divisions(
    'GET',
    '/authorization/divisions/{divisionId}',
    'getAuthorizationDivision',
    'Get a division',
    {
      response: ok(division),
    },
  ),
  divisions(
    'GET',
    '/authorization/divisionspermitted/paged/me',
    'getAuthorizationDivisionspermittedPagedMe',
    'Divisions where the signed-in user holds a permission',
    {
      query: [
        text('permission', 'The permission, e.g. externalContacts:contact:add.', {
          required: true,
        }),
        pageNumber(),
        pageSize(25, undefined, 'Page size, at most 500.'),
      ],
      response: ok(listingOf(division, 'DivsPermittedEntityListing')),
    },
  ),
  trustors(
    'GET',
    '/orgauthorization/trustors',
    'getOrgauthorizationTrustors',
    'The trustor orgs (to link an external organization to)',
    {
      query: [pageSize(25, undefined, 'Page size.'), pageNumber()],
      response: ok(trustorListing),
    },
  ),
  trustors(
    'GET',
    '/orgauthorization/trustors/{trustorOrgId}',
    'getOrgauthorizationTrustor',
    'One trustor org',
    {
      response: ok(trustorView),
    },
  ),
  tokens('GET', '/tokens/me', 'getTokensMe', 'What the token in use is', {
    query: [flag('preserveIdleTTL', 'Do not count this call as activity.')],
    response: ok(looseObject('TokenInfo', 'The token holder and org.')),
  }),
  conversations('GET', '/conversations/{conversationId}', 'getConversation', 'Get a conversation', {
    response: ok(entityWithId('Conversation', 'A conversation and its participants.')),
  }),

  oauth(
    'GET',
    '/oauth/authorize',
    'getOauthAuthorize',
    'The sandbox sign-in page (implicit grant, or authorization code with PKCE)',
    {
      security: 'none',
      query: [
        oneOf('response_type', ['token', 'code'], 'token (implicit grant) or code (with PKCE).'),
        text('client_id', 'The OAuth client id.', { required: true }),
        text('redirect_uri', 'Where to send the token or code.', { required: true }),
        text('state', 'Echoed back with the token or code.'),
        text('code_challenge', 'With response_type=code: BASE64URL(SHA-256(code_verifier)).'),
        oneOf('code_challenge_method', ['S256'], 'With response_type=code: S256 only.'),
      ],
      response: { status: 200, description: 'The sign-in page.', contentType: 'text/html' },
    },
  ),
  oauth('POST', '/oauth/authorize', 'postOauthAuthorize', 'Sign in as a demo user', {
    security: 'none',
    body: form({
      user_id: z.string(),
      client_id: z.string(),
      redirect_uri: z.string(),
      csrf_token: z.string(),
    }),
    response: {
      status: 302,
      description: 'To the redirect URI: the token in its fragment, or a code in its query.',
    },
  }),
  oauth(
    'POST',
    '/oauth/token',
    'postOauthToken',
    'A token: client credentials, or a code + verifier',
    {
      security: 'none',
      body: form({
        grant_type: z.enum(['client_credentials', 'authorization_code']),
        client_id: z.optional(z.string()),
        client_secret: z.optional(z.string()),
        code: z.optional(z.string()),
        code_verifier: z.optional(z.string()),
        redirect_uri: z.optional(z.string()),
      }),
      response: ok(looseObject('AccessToken', 'access_token, token_type, expires_in.')),
    },
  ),
  oauth('GET', '/logout', 'getLogout', 'Sign out of the sandbox', {
    security: 'none',
    query: [
      text('redirect_uri', 'Where to go afterwards.'),
      text('client_id', 'The OAuth client id.'),
    ],
    response: { status: 302, description: 'To the redirect URI, or a signed-out page.' },
  }),

  files(
    'GET',
    '/sandbox-files/exports/{exportId}/export.csv',
    'getSandboxExportFile',
    'Download an export (the downloadUrl of a finished export)',
    {
      security: 'signed-url',
      query: signed,
      response: csv,
    },
  ),
  files(
    'GET',
    '/sandbox-files/import-jobs/{jobId}/dry-run-report.csv',
    'getSandboxImportDryRunReport',
    'Download the failed rows of an import dry run',
    {
      security: 'signed-url',
      query: signed,
      response: csv,
    },
  ),
  files(
    'GET',
    '/sandbox-files/import-jobs/{jobId}/import-report.csv',
    'getSandboxImportReport',
    'Download the failed rows of an import',
    {
      security: 'signed-url',
      query: signed,
      response: csv,
    },
  ),
  files(
    'PUT',
    '/sandbox-files/uploads/{uploadId}/upload.csv',
    'putSandboxUploadFile',
    'Upload a CSV file (the uploadUrl of an upload)',
    {
      security: 'signed-url',
      query: signed,
      body: { schema: z.string(), required: true, contentType: 'text/csv' },
      response: ok(),
    },
  ),
];

export const DOCUMENT_OPERATION_ID = 'getSandboxOpenapiDocument';
