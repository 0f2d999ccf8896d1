import { z } from 'zod';
import {
  contactIdentifierInput,
  identifierClaimRequestSchema,
  organizationIdentifierClaimRequestSchema,
  organizationIdentifierInput,
} from '../../../src/models/contact-identifier.ts';
import { CONTACT_SORT_FIELDS } from '../../../src/models/contact-fields.ts';
import { externalContactWriteSchema } from '../../../src/models/external-contact.ts';
import { externalOrganizationWriteSchema } from '../../../src/models/external-organization.ts';
import { noteWriteSchema } from '../../../src/models/note.ts';
import { ORGANIZATION_SORT_FIELDS } from '../../../src/models/organization-fields.ts';
import { relationshipWriteSchema } from '../../../src/models/relationship.ts';
import { patchRequestSchema } from '../../domain/entity-patch.ts';
import { CONTACT_EXPANDS, ORGANIZATION_EXPANDS } from '../../domain/entity-views.ts';
import { mergeContactsRequestSchema, mergeRequestSchema } from '../../domain/merge-service.ts';
import { CONTACT_NOTE_LIST_EXPANDS, NOTE_EXPANDS } from '../../domain/note-views.ts';
import { RELATIONSHIP_EXPANDS } from '../../domain/relationship-service.ts';
import { searchRequestSchema } from '../../routes/externalcontacts/contact-search-routes.ts';
import {
  divisionIds,
  EMPTY_OBJECT,
  expand,
  EXTERNAL_CONTACTS,
  flag,
  jsonBody,
  list,
  noContent,
  ok,
  operationsOf,
  sortOrder,
  text,
  windowPaging,
} from '../contract-builders.ts';
import type { OperationContract } from '../operation-contract.ts';
import {
  contactListing,
  entityWithId,
  externalContactView,
  externalOrganizationView,
  noteListing,
  noteView,
  organizationListing,
  relationshipListing,
  relationshipView,
} from '../response-schemas.ts';

// Sort fields come from the console's field lists and expand values from the views that honour
// them (one definition each), so the document cannot promise what a handler refuses.

const identifierListing = (id: string) =>
  z
    .looseObject({ entities: z.array(z.looseObject({ type: z.string(), value: z.string() })) })
    .meta({ id });

const contacts = operationsOf('Contacts', EXTERNAL_CONTACTS);
const organizations = operationsOf('Organizations', EXTERNAL_CONTACTS);
const notes = operationsOf('Notes', EXTERNAL_CONTACTS);
const relationships = operationsOf('Relationships', EXTERNAL_CONTACTS);
const identifiers = operationsOf('Identifiers', EXTERNAL_CONTACTS);
const merge = operationsOf('Merge', EXTERNAL_CONTACTS);

/** Contacts, organizations, their notes and relationships, identifiers, lookups and merges. */
export const RECORD_OPERATIONS: readonly OperationContract[] = [
  contacts('GET', '/contacts', 'getExternalcontactsContacts', 'Search for external contacts', {
    query: [
      ...windowPaging(),
      text('q', 'Free-text keywords, no special syntax.'),
      sortOrder(CONTACT_SORT_FIELDS),
      expand(CONTACT_EXPANDS),
      divisionIds(),
    ],
    response: ok(contactListing),
  }),
  contacts('POST', '/contacts', 'postExternalcontactsContacts', 'Create an external contact', {
    body: jsonBody(externalContactWriteSchema),
    response: ok(externalContactView),
  }),
  contacts(
    'POST',
    '/contacts/search',
    'postExternalcontactsContactsSearch',
    'Search for external contacts',
    {
      body: jsonBody(searchRequestSchema),
      response: ok(contactListing),
    },
  ),
  contacts(
    'GET',
    '/contacts/{contactId}',
    'getExternalcontactsContact',
    'Fetch an external contact',
    {
      query: [expand(CONTACT_EXPANDS)],
      response: ok(externalContactView),
    },
  ),
  contacts(
    'PUT',
    '/contacts/{contactId}',
    'putExternalcontactsContact',
    'Update an external contact',
    {
      body: jsonBody(externalContactWriteSchema),
      response: ok(externalContactView),
    },
  ),
  contacts(
    'PATCH',
    '/contacts/{contactId}',
    'patchExternalcontactsContact',
    'Update specific fields of an external contact',
    {
      body: jsonBody(patchRequestSchema),
      response: ok(externalContactView),
    },
  ),
  contacts(
    'DELETE',
    '/contacts/{contactId}',
    'deleteExternalcontactsContact',
    'Delete an external contact',
    {
      response: ok(EMPTY_OBJECT),
    },
  ),
  contacts(
    'GET',
    '/contacts/{contactId}/unresolved',
    'getExternalcontactsContactUnresolved',
    'Fetch an unresolved external contact',
    {
      query: [expand(['externalOrganization', 'externalDataSources', 'identifiers', 'division'])],
      response: ok(externalContactView),
    },
  ),
  contacts(
    'POST',
    '/contacts/{contactId}/promotion',
    'postExternalcontactsContactPromotion',
    'Promote an observed contact (ephemeral or identified) to a curated contact',
    {
      response: ok(externalContactView),
    },
  ),

  organizations(
    'GET',
    '/organizations',
    'getExternalcontactsOrganizations',
    'Search for external organizations',
    {
      query: [
        ...windowPaging(),
        text('q', 'Search text.'),
        list('trustorId', 'Trustor org ids, at most 25; when given, q is ignored.', {
          maxItems: 25,
        }),
        sortOrder(ORGANIZATION_SORT_FIELDS),
        expand(ORGANIZATION_EXPANDS),
        flag('includeTrustors', 'Embed the trustor link.'),
        divisionIds(),
      ],
      response: ok(organizationListing),
    },
  ),
  organizations(
    'POST',
    '/organizations',
    'postExternalcontactsOrganizations',
    'Create an external organization',
    {
      body: jsonBody(externalOrganizationWriteSchema),
      response: ok(externalOrganizationView),
    },
  ),
  organizations(
    'GET',
    '/organizations/{externalOrganizationId}',
    'getExternalcontactsOrganization',
    'Fetch an external organization',
    {
      query: [expand(ORGANIZATION_EXPANDS), flag('includeTrustors', 'Embed the trustor link.')],
      response: ok(externalOrganizationView),
    },
  ),
  organizations(
    'PUT',
    '/organizations/{externalOrganizationId}',
    'putExternalcontactsOrganization',
    'Update an external organization',
    {
      body: jsonBody(externalOrganizationWriteSchema),
      response: ok(externalOrganizationView),
    },
  ),
  organizations(
    'PATCH',
    '/organizations/{externalOrganizationId}',
    'patchExternalcontactsOrganization',
    'Update specific fields of an external organization',
    {
      body: jsonBody(patchRequestSchema),
      response: ok(externalOrganizationView),
    },
  ),
  organizations(
    'DELETE',
    '/organizations/{externalOrganizationId}',
    'deleteExternalcontactsOrganization',
    'Delete an external organization',
    {
      response: ok(EMPTY_OBJECT),
    },
  ),
  organizations(
    'GET',
    '/organizations/{externalOrganizationId}/contacts',
    'getExternalcontactsOrganizationContacts',
    'Search for external contacts in an external organization',
    {
      query: [
        ...windowPaging(),
        text('q', 'Free-text keywords, no special syntax.'),
        sortOrder(CONTACT_SORT_FIELDS),
        expand(CONTACT_EXPANDS),
      ],
      response: ok(contactListing),
    },
  ),
  organizations(
    'DELETE',
    '/organizations/{externalOrganizationId}/trustor',
    'deleteExternalcontactsOrganizationTrustor',
    'Unlink the Trustor for this External Organization',
    {
      response: noContent(),
    },
  ),
  organizations(
    'PUT',
    '/organizations/{externalOrganizationId}/trustor/{trustorId}',
    'putExternalcontactsOrganizationTrustorTrustorId',
    'Links a Trustor with an External Organization',
    {
      response: ok(
        entityWithId(
          'ExternalOrganizationTrustorLink',
          'The link of an organization to a trustor org.',
        ),
      ),
    },
  ),

  ...(['contact', 'organization'] as const).flatMap((owner) => {
    const base =
      owner === 'contact'
        ? '/contacts/{contactId}/notes'
        : '/organizations/{externalOrganizationId}/notes';
    const Owner = owner === 'contact' ? 'Contact' : 'Organization';
    const whose = owner === 'contact' ? 'an external contact' : 'an external organization';
    return [
      notes('GET', base, `getExternalcontacts${Owner}Notes`, `List notes for ${whose}`, {
        query: [
          ...windowPaging(owner === 'contact' ? 100 : undefined),
          sortOrder(['createDate']),
          expand(owner === 'contact' ? CONTACT_NOTE_LIST_EXPANDS : NOTE_EXPANDS),
        ],
        response: ok(noteListing),
      }),
      notes('POST', base, `postExternalcontacts${Owner}Notes`, `Create a note for ${whose}`, {
        body: jsonBody(noteWriteSchema),
        response: ok(noteView),
      }),
      notes(
        'GET',
        `${base}/{noteId}`,
        `getExternalcontacts${Owner}Note`,
        `Fetch a note for ${whose}`,
        {
          query: [expand(NOTE_EXPANDS)],
          response: ok(noteView),
        },
      ),
      notes(
        'PUT',
        `${base}/{noteId}`,
        `putExternalcontacts${Owner}Note`,
        `Update a note for ${whose}`,
        {
          body: jsonBody(noteWriteSchema),
          response: ok(noteView),
        },
      ),
      notes(
        'PATCH',
        `${base}/{noteId}`,
        `patchExternalcontacts${Owner}Note`,
        `Update specific fields of a note for ${whose}`,
        {
          body: jsonBody(patchRequestSchema),
          response: ok(noteView),
        },
      ),
      notes(
        'DELETE',
        `${base}/{noteId}`,
        `deleteExternalcontacts${Owner}Note`,
        `Delete a note for ${whose}`,
        {
          response: ok(EMPTY_OBJECT),
        },
      ),
    ];
  }),

  relationships(
    'GET',
    '/organizations/{externalOrganizationId}/relationships',
    'getExternalcontactsOrganizationRelationships',
    'Fetch the relationships of an external organization',
    {
      query: [
        ...windowPaging(),
        expand(RELATIONSHIP_EXPANDS),
        sortOrder(['createDate', 'relationship']),
      ],
      response: ok(relationshipListing),
    },
  ),
  relationships(
    'POST',
    '/relationships',
    'postExternalcontactsRelationships',
    'Create a relationship',
    {
      body: jsonBody(relationshipWriteSchema),
      response: ok(relationshipView),
    },
  ),
  relationships(
    'GET',
    '/relationships/{relationshipId}',
    'getExternalcontactsRelationship',
    'Fetch a relationship',
    {
      query: [expand(RELATIONSHIP_EXPANDS)],
      response: ok(relationshipView),
    },
  ),
  relationships(
    'PUT',
    '/relationships/{relationshipId}',
    'putExternalcontactsRelationship',
    'Update a relationship',
    {
      body: jsonBody(relationshipWriteSchema),
      response: ok(relationshipView),
    },
  ),
  relationships(
    'PATCH',
    '/relationships/{relationshipId}',
    'patchExternalcontactsRelationship',
    'Update specific fields of a relationship',
    {
      body: jsonBody(patchRequestSchema),
      response: ok(relationshipView),
    },
  ),
  relationships(
    'DELETE',
    '/relationships/{relationshipId}',
    'deleteExternalcontactsRelationship',
    'Delete a relationship',
    {
      response: ok(EMPTY_OBJECT),
    },
  ),

  identifiers(
    'GET',
    '/contacts/{contactId}/identifiers',
    'getExternalcontactsContactIdentifiers',
    'List the identifiers for a contact',
    {
      response: ok(identifierListing('ContactIdentifierListing')),
    },
  ),
  identifiers(
    'PATCH',
    '/contacts/{contactId}/identifiers',
    'patchExternalcontactsContactIdentifiers',
    'Claim or release identifiers for a contact',
    {
      body: jsonBody(identifierClaimRequestSchema),
      response: ok(entityWithId('ContactIdentifier', 'The identifier as claimed or released.')),
    },
  ),
  identifiers(
    'GET',
    '/organizations/{externalOrganizationId}/identifiers',
    'getExternalcontactsOrganizationIdentifiers',
    'List the identifiers for an external organization',
    {
      response: ok(identifierListing('ExternalOrganizationIdentifierListing')),
    },
  ),
  identifiers(
    'PATCH',
    '/organizations/{externalOrganizationId}/identifiers',
    'patchExternalcontactsOrganizationIdentifiers',
    'Claim or release identifiers for an external organization',
    {
      body: jsonBody(organizationIdentifierClaimRequestSchema),
      response: ok(
        entityWithId('ExternalOrganizationIdentifier', 'The identifier as claimed or released.'),
      ),
    },
  ),
  identifiers(
    'POST',
    '/identifierlookup',
    'postExternalcontactsIdentifierlookup',
    'Fetch a contact using an identifier type and value',
    {
      query: [expand(['externalOrganization', 'identifiers', 'externalSources', 'division'])],
      body: jsonBody(contactIdentifierInput),
      response: ok(externalContactView),
      deprecated: true,
    },
  ),
  identifiers(
    'POST',
    '/identifierlookup/contacts',
    'postExternalcontactsIdentifierlookupContacts',
    'Fetch a contact using an identifier type and value',
    {
      query: [expand(['externalOrganization', 'identifiers', 'externalSources', 'division'])],
      body: jsonBody(contactIdentifierInput),
      response: ok(externalContactView),
    },
  ),
  identifiers(
    'POST',
    '/identifierlookup/organizations',
    'postExternalcontactsIdentifierlookupOrganizations',
    'Fetch an external organization using an identifier type and value',
    {
      query: [expand(['identifiers', 'externalSources', 'division'])],
      body: jsonBody(organizationIdentifierInput),
      response: ok(externalOrganizationView),
    },
  ),
  identifiers(
    'GET',
    '/reversewhitepageslookup',
    'getExternalcontactsReversewhitepageslookup',
    'Look up contacts based on an attribute (at most 25)',
    {
      query: [
        text('lookupVal', 'An email, E.164 phone number or Twitter screen name.', {
          required: true,
        }),
        expand(['contacts.externalOrganization', 'externalDataSources', 'division']),
        text('divisionId', 'Division id; * means all.', { default: '*' }),
      ],
      response: ok(
        entityWithId(
          'ReverseWhitepagesLookupResult',
          'contacts and externalOrganizations that match.',
        ),
      ),
    },
  ),

  merge(
    'POST',
    '/contacts/merge',
    'postExternalcontactsContactsMerge',
    'Merge up to 25 contacts into a new contact record',
    {
      body: jsonBody(mergeContactsRequestSchema),
      response: ok(externalContactView),
    },
  ),
  merge(
    'POST',
    '/merge/contacts',
    'postExternalcontactsMergeContacts',
    'Merge two contacts into a new contact record',
    {
      body: jsonBody(mergeRequestSchema),
      response: ok(externalContactView),
      deprecated: true,
    },
  ),
];
