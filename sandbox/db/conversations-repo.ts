import type { SqliteDatabase } from './connection.ts';

/** A stored conversation ↔ external contact association (PUT /conversations/{id}). */
export interface ConversationLink {
  conversationId: string;
  communicationId: string;
  mediaType: string;
  externalContactId: string;
  dateLinked: string;
}

interface LinkRow {
  conversation_id: string;
  communication_id: string;
  media_type: string;
  contact_id: string;
  date_linked: string;
}

const toLink = (row: LinkRow): ConversationLink => ({
  conversationId: row.conversation_id,
  communicationId: row.communication_id,
  mediaType: row.media_type,
  externalContactId: row.contact_id,
  dateLinked: row.date_linked,
});

export function createConversationLinksRepo(db: SqliteDatabase) {
  // One contact per conversation: associating again replaces the previous link.
  const upsert = db.prepare<[LinkRow]>(`INSERT INTO conversation_links (conversation_id,
    communication_id, media_type, contact_id, date_linked)
    VALUES (@conversation_id, @communication_id, @media_type, @contact_id, @date_linked)
    ON CONFLICT (conversation_id) DO UPDATE SET communication_id = excluded.communication_id,
      media_type = excluded.media_type, contact_id = excluded.contact_id,
      date_linked = excluded.date_linked`);
  const remove = db.prepare<[string]>('DELETE FROM conversation_links WHERE conversation_id = ?');
  const byConversation = db.prepare<[string], LinkRow>(
    'SELECT * FROM conversation_links WHERE conversation_id = ?',
  );
  return {
    find(conversationId: string): ConversationLink | null {
      const row = byConversation.get(conversationId);
      return row === undefined ? null : toLink(row);
    },
    link(link: ConversationLink): void {
      upsert.run({
        conversation_id: link.conversationId,
        communication_id: link.communicationId,
        media_type: link.mediaType,
        contact_id: link.externalContactId,
        date_linked: link.dateLinked,
      });
    },
    unlink(conversationId: string): void {
      remove.run(conversationId);
    },
  };
}

/**
 * Conversations linked to one stored contact id, newest first. Genesys has no public read route
 * for these links, so the sandbox exposes none; the console may surface this later. Links are
 * stored against the canonical contact at link time: pass each id of a merge set to see them all.
 */
export function conversationLinksForContact(
  db: SqliteDatabase,
  contactId: string,
): ConversationLink[] {
  return db
    .prepare<[string], LinkRow>(
      `SELECT * FROM conversation_links WHERE contact_id = ?
       ORDER BY date_linked DESC, conversation_id`,
    )
    .all(contactId)
    .map(toLink);
}
