import { z } from 'zod';
import { trimmedText, requiredText } from '../../src/models/common.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { createConversationLinksRepo } from '../db/conversations-repo.ts';
import { invalidField } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { ContactService } from './contact-service.ts';

/** ConversationAssociation.mediaType, as models.json lists it. */
export const CONVERSATION_MEDIA_TYPES = [
  'CALL',
  'CALLBACK',
  'CHAT',
  'COBROWSE',
  'EMAIL',
  'MESSAGE',
  'INTERNAL_MESSAGE',
  'SCREEN_MONITORING',
  'SOCIAL_EXPRESSION',
  'VIDEO',
  'SCREENSHARE',
] as const;

export const conversationAssociationSchema = z.object(
  {
    conversationId: requiredText(200, 'Conversation id'),
    communicationId: requiredText(200, 'Communication id'),
    mediaType: z.enum(CONVERSATION_MEDIA_TYPES, {
      error: `Media type must be one of ${CONVERSATION_MEDIA_TYPES.join(', ')}.`,
    }),
    externalContactId: z.nullish(trimmedText(200, 'External contact id')),
  },
  { error: 'The conversation association must be an object.' },
);

/**
 * PUT /conversations/{id}: with externalContactId the conversation is linked (replacing any
 * earlier link), without it the link is removed. The contact is looked up through merges, so the
 * link lands on the contact the id resolves to today.
 */
export function createConversationLinkService(
  db: SqliteDatabase,
  contacts: ContactService,
  now: () => string,
) {
  const links = createConversationLinksRepo(db);
  return {
    associate(conversationId: string, body: unknown): void {
      const write = parseBody(conversationAssociationSchema, body);
      if (write.conversationId !== conversationId) {
        throw invalidField(
          'conversationId',
          `conversationId in the body (${write.conversationId}) must match the conversation id in the path (${conversationId}).`,
        );
      }
      const contactId = write.externalContactId ?? '';
      if (contactId === '') {
        links.unlink(conversationId);
        return;
      }
      // A body reference that does not exist is a bad request, as for externalOrganization.id.
      const contact = contacts.findResolved(contactId);
      if (contact === null) {
        throw invalidField(
          'externalContactId',
          `The external contact ${contactId} does not exist.`,
        );
      }
      links.link({
        conversationId,
        communicationId: write.communicationId,
        mediaType: write.mediaType,
        externalContactId: contact.id,
        dateLinked: now(),
      });
    },
  };
}

export type ConversationLinkService = ReturnType<typeof createConversationLinkService>;
