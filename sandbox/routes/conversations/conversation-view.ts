import type { SqliteDatabase } from '../../db/connection.ts';
import { createContactsRepo } from '../../db/contacts-repo.ts';
import { createConversationLinksRepo } from '../../db/conversations-repo.ts';

/**
 * Where a participant of Genesys' Conversation model lists its communications, per
 * ConversationAssociation.mediaType. Types without a list of their own (internal messages,
 * screen monitoring) fall back on `messages`.
 */
const MEDIA_LISTS: Record<string, string> = {
  CALL: 'calls',
  CALLBACK: 'callbacks',
  CHAT: 'chats',
  COBROWSE: 'cobrowsesessions',
  EMAIL: 'emails',
  MESSAGE: 'messages',
  SOCIAL_EXPRESSION: 'socialExpressions',
  VIDEO: 'videos',
  SCREENSHARE: 'screenshares',
};

/**
 * A faithful subset of Genesys' Conversation for a conversation the sandbox knows of: it only
 * knows those linked to a contact with PUT /externalcontacts/conversations/{id}, so the one
 * participant it can describe is the customer, carrying the contact (resolved through merges)
 * and its organization. The link time stands in for startTime: the sandbox has no call log.
 */
export function createConversationView(db: SqliteDatabase) {
  const links = createConversationLinksRepo(db);
  const contacts = createContactsRepo(db);

  function resolve(contactId: string) {
    let record = contacts.find(contactId);
    // A link made before a merge still names the contact the id resolves to today.
    for (let hops = 0; record?.mergedInto && hops < 60; hops++) {
      record = contacts.find(record.mergedInto);
    }
    return record;
  }

  return {
    find(conversationId: string): Record<string, unknown> | null {
      const link = links.find(conversationId);
      if (link === null) return null;
      const contact = resolve(link.externalContactId);
      const participant: Record<string, unknown> = {
        id: `${link.conversationId}-customer`,
        startTime: link.dateLinked,
        purpose: 'customer',
        externalContactId: contact?.id ?? link.externalContactId,
        [MEDIA_LISTS[link.mediaType] ?? 'messages']: [
          { id: link.communicationId, state: 'disconnected' },
        ],
      };
      if (contact?.organizationId) participant.externalOrganizationId = contact.organizationId;
      return {
        id: link.conversationId,
        startTime: link.dateLinked,
        participants: [participant],
        selfUri: `/api/v2/conversations/${link.conversationId}`,
      };
    },
  };
}
