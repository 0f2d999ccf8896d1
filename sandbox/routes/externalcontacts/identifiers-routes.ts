import type { FastifyInstance } from 'fastify';
import {
  identifierClaimRequestSchema,
  organizationIdentifierClaimRequestSchema,
} from '../../../src/models/contact-identifier.ts';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { identifierJson } from '../../domain/entity-views.ts';
import { claimIdentifier, releaseIdentifier } from '../../domain/identifier-claims.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { parseBody } from '../../http/parse-body.ts';
import {
  CONTACT_EDIT_ONLY,
  CONTACT_VIEW_ONLY,
  ORG_EDIT_ONLY,
  ORG_VIEW_ONLY,
} from './contacts-permissions.ts';

/** GET/PATCH of the identifiers claimed by a contact or an organization. */
export function registerIdentifierRoutes(
  app: FastifyInstance,
  contacts: ContactService,
  organizations: OrganizationService,
): void {
  const contactPath = '/externalcontacts/contacts/:contactId/identifiers';
  app.get<{ Params: { contactId: string } }>(
    contactPath,
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    async (request) => {
      const contact = contacts.requireResolved(request.params.contactId);
      return { entities: contacts.identifiers.ofOwner(contact.id).map(identifierJson) };
    },
  );
  app.patch<{ Params: { contactId: string } }>(
    contactPath,
    { preHandler: requireAnyPermission(...CONTACT_EDIT_ONLY) },
    async (request) => {
      const contact = contacts.requireResolved(request.params.contactId);
      const { operation, identifier } = parseBody(identifierClaimRequestSchema, request.body);
      const record =
        operation === 'Claim'
          ? claimIdentifier(contacts.identifiers, contact.id, identifier, contacts.now())
          : releaseIdentifier(contacts.identifiers, contact.id, identifier);
      return identifierJson(record);
    },
  );

  const organizationPath = '/externalcontacts/organizations/:organizationId/identifiers';
  app.get<{ Params: { organizationId: string } }>(
    organizationPath,
    { preHandler: requireAnyPermission(...ORG_VIEW_ONLY) },
    async (request) => {
      const organization = organizations.requireOrganization(request.params.organizationId);
      return { entities: organizations.identifiers.ofOwner(organization.id).map(identifierJson) };
    },
  );
  app.patch<{ Params: { organizationId: string } }>(
    organizationPath,
    { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) },
    async (request) => {
      const organization = organizations.requireOrganization(request.params.organizationId);
      const { operation, identifier } = parseBody(
        organizationIdentifierClaimRequestSchema,
        request.body,
      );
      const repo = organizations.identifiers;
      const record =
        operation === 'Claim'
          ? claimIdentifier(repo, organization.id, identifier, contacts.now())
          : releaseIdentifier(repo, organization.id, identifier);
      return identifierJson(record);
    },
  );
}
