import type { SqliteDatabase } from '../../db/connection.ts';
import { createContactsRepo } from '../../db/contacts-repo.ts';

/** The stored association (migration #5), as read for GET /conversations/{id}. */
interface LinkRow {
  conversation_id: string;
  communication_id: string;
  media_type: string;
  contact_id: string;
  date_linked: string;
}

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
  const findLink = db.prepare<[string], LinkRow>(
    'SELECT * FROM conversation_links WHERE conversation_id = ?',
  );
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
      const link = findLink.get(conversationId);
      if (link === undefined) return null;
      const contact = resolve(link.contact_id);
      const participant: Record<string, unknown> = {
        id: `${link.conversation_id}-customer`,
        startTime: link.date_linked,
        purpose: 'customer',
        externalContactId: contact?.id ?? link.contact_id,
        [MEDIA_LISTS[link.media_type] ?? 'messages']: [
          { id: link.communication_id, state: 'disconnected' },
        ],
      };
      if (contact?.organizationId) participant.externalOrganizationId = contact.organizationId;
      return {
        id: link.conversation_id,
        startTime: link.date_linked,
        participants: [participant],
        selfUri: `/api/v2/conversations/${link.conversation_id}`,
      };
    },
  };
}
