import { createJourneyRepo } from '../db/journey-repo.ts';
import type { JourneySessionRecord } from '../db/journey-repo.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { singleParam } from '../http/query-params.ts';
import type { ContactService } from './contact-service.ts';
import { contactRef } from './entity-refs.ts';
import { journeyContactIds, parseBooleanParam, parseBoundedInt } from './journey-segments.ts';
import { completeSessionDoc } from './journey-session-shape.ts';

/** pageSize is documented only as "max 200"; 25 as default matches the segments listing. */
export const SESSION_PAGE = { min: 1, max: 200, fallback: 25 };

type SessionCursor = { createdDate: string; id: string };

// Sessions are listed newest first, so the cursor carries both sort keys of the last session.
function encodeSessionCursor(session: JourneySessionRecord): string {
  return Buffer.from(`${session.createdDate}\n${session.id}`, 'utf8').toString('base64url');
}

function decodeSessionCursor(raw: string | undefined): SessionCursor | null {
  if (raw === undefined || raw === '') return null;
  const [createdDate, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('\n');
  if (createdDate === undefined || id === undefined || id === '' || rest.length > 0) {
    throw invalidField('after', 'after is not valid: pass the after value of the nextUri.');
  }
  return { createdDate, id };
}

function sessionJson(session: JourneySessionRecord): Record<string, unknown> {
  return {
    ...completeSessionDoc(session.doc),
    id: session.id,
    type: session.type,
    externalContact: contactRef(session.contactId),
    createdDate: session.createdDate,
    selfUri: `/api/v2/journey/sessions/${session.id}`,
  };
}

/** GET /contacts/{id}/journey/sessions: only sessions stored for the contact (none are made up). */
export function createSessionService(db: SqliteDatabase, contacts: ContactService) {
  const journey = createJourneyRepo(db);
  return {
    list(contactId: string, query: QueryRecord, basePath: string) {
      const pageSize = parseBoundedInt(query, 'pageSize', SESSION_PAGE);
      const after = decodeSessionCursor(singleParam(query, 'after'));
      const ids = journeyContactIds(contacts, contactId, parseBooleanParam(query, 'includeMerged'));
      const rows = journey.sessions(ids, after, pageSize + 1);
      const page = rows.slice(0, pageSize);
      const uri = (cursor: string | undefined) => {
        const search = new URLSearchParams({ pageSize: String(pageSize) });
        const includeMerged = singleParam(query, 'includeMerged');
        if (includeMerged !== undefined) search.set('includeMerged', includeMerged);
        if (cursor !== undefined) search.set('after', cursor);
        return `${basePath}?${search.toString()}`;
      };
      const listing: { entities: Record<string, unknown>[]; nextUri?: string; selfUri: string } = {
        entities: page.map(sessionJson),
        selfUri: uri(singleParam(query, 'after')),
      };
      const last = page[page.length - 1];
      if (rows.length > pageSize && last !== undefined) {
        listing.nextUri = uri(encodeSessionCursor(last));
      }
      return listing;
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
