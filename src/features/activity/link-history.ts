import type { ConversationMediaType } from './activity-model';

/**
 * The conversations linked from this browser tab, per contact. Genesys has no External Contacts
 * read of a contact's conversations (the real console uses analytics, which needs permissions
 * this console does not ask for), so the tab remembers the links it made (sessionStorage, gone
 * with the tab) and reads each one back with GET /conversations/{id}.
 */
export interface LinkedConversation {
  conversationId: string;
  communicationId: string;
  mediaType: ConversationMediaType;
}

const key = (contactId: string) => `ec-console.conversation-links.${contactId}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readLinks(contactId: string): LinkedConversation[] {
  try {
    const raw = storage()?.getItem(key(contactId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as LinkedConversation[]) : [];
  } catch {
    return [];
  }
}

export function writeLinks(contactId: string, links: LinkedConversation[]): void {
  try {
    storage()?.setItem(key(contactId), JSON.stringify(links));
  } catch {
    // Storage full or off: the list lives only in the page.
  }
}
