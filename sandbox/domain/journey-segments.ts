import { z } from 'zod';
import { createJourneyRepo } from '../db/journey-repo.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { badRequest, invalidField } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { singleParam } from '../http/query-params.ts';
import type { ContactService } from './contact-service.ts';
import { contactRef } from './entity-refs.ts';

/** Genesys caps one assign/unassign call at 10 segments in total (endpoints.md, Journey). */
export const MAX_SEGMENTS_PER_CALL = 10;
export const SEGMENT_LIMITS = { min: 1, max: 500, fallback: 25 };
const DAY_MS = 24 * 60 * 60 * 1000;

const segmentList = (label: string) =>
  z.object(
    {
      segments: z.array(
        z.object({ id: z.string({ error: 'Segment id must be text.' }).trim().min(1) }),
        { error: `${label} segments must be a list.` },
      ),
    },
    { error: `${label} must be an object with a segments list.` },
  );

/** UpdateSegmentAssignmentRequest; SegmentForAssignment carries only an id (no expiry date). */
export const updateSegmentAssignmentSchema = z.object(
  { assign: segmentList('assign').nullish(), unassign: segmentList('unassign').nullish() },
  { error: 'The request body must be an object.' },
);

export const segmentUri = (id: string) => `/api/v2/journey/segments/${id}`;

export function parseBooleanParam(query: QueryRecord, name: string): boolean {
  const raw = singleParam(query, name);
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw invalidField(name, `${name} must be true or false.`);
}

/** `limit`/`pageSize`: a whole number within the bounds, or the default when absent. */
export function parseBoundedInt(
  query: QueryRecord,
  name: string,
  bounds: { min: number; max: number; fallback: number },
): number {
  const raw = singleParam(query, name);
  if (raw === undefined || raw === '') return bounds.fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < bounds.min || value > bounds.max) {
    throw invalidField(name, `${name} must be a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return value;
}

/** The ids whose journey data a request covers: the resolved contact, plus its merge set. */
export function journeyContactIds(
  contacts: ContactService,
  contactId: string,
  includeMerged: boolean,
): string[] {
  const contact = contacts.requireResolved(contactId);
  return includeMerged ? [contact.id, ...(contact.mergeSet ?? [])] : [contact.id];
}

export function createSegmentService(
  db: SqliteDatabase,
  contacts: ContactService,
  clock: () => number,
) {
  const journey = createJourneyRepo(db);
  return {
    list(contactId: string, query: QueryRecord) {
      const limit = parseBoundedInt(query, 'limit', SEGMENT_LIMITS);
      const ids = journeyContactIds(contacts, contactId, parseBooleanParam(query, 'includeMerged'));
      const now = new Date(clock()).toISOString();
      return {
        entities: journey.assignments(ids, now, limit).map((row) => ({
          dateAssigned: row.dateAssigned,
          dateForUnassignment: row.dateForUnassignment,
          segment: { id: row.segmentId, selfUri: segmentUri(row.segmentId) },
          externalContact: contactRef(row.contactId),
        })),
      };
    },
    /**
     * Assigning an assigned segment pushes its unassignment date out again (the segment's own
     * lifetime from now). Unknown segment ids are returned as unprocessed, not rejected.
     */
    update(contactId: string, body: unknown) {
      const write = parseBody(updateSegmentAssignmentSchema, body);
      const toAssign = write.assign?.segments ?? [];
      const toUnassign = write.unassign?.segments ?? [];
      const total = toAssign.length + toUnassign.length;
      if (total > MAX_SEGMENTS_PER_CALL) {
        throw badRequest(
          `At most ${MAX_SEGMENTS_PER_CALL} segments can be assigned or unassigned in one call; this request has ${total}.`,
          [{ errorCode: 'invalid.value', fieldName: 'assign.segments' }],
        );
      }
      const contact = contacts.requireResolved(contactId);
      const nowMs = clock();
      const unprocessedAssign: { id: string }[] = [];
      const unprocessedUnassign: { id: string }[] = [];
      db.transaction(() => {
        for (const { id } of toAssign) {
          const segment = journey.findSegment(id);
          if (segment === null) {
            unprocessedAssign.push({ id });
            continue;
          }
          journey.assign({
            contactId: contact.id,
            segmentId: id,
            dateAssigned: new Date(nowMs).toISOString(),
            dateForUnassignment: new Date(nowMs + segment.assignmentDays * DAY_MS).toISOString(),
          });
        }
        for (const { id } of toUnassign) {
          if (journey.findSegment(id) === null) unprocessedUnassign.push({ id });
          else journey.unassign(contact.id, id);
        }
      })();
      const unprocessedItems: {
        assign?: { segments: { id: string }[] };
        unassign?: { segments: { id: string }[] };
        count: number;
      } = { count: unprocessedAssign.length + unprocessedUnassign.length };
      if (unprocessedAssign.length > 0) unprocessedItems.assign = { segments: unprocessedAssign };
      if (unprocessedUnassign.length > 0) {
        unprocessedItems.unassign = { segments: unprocessedUnassign };
      }
      return { unprocessedItems };
    },
  };
}

export type SegmentService = ReturnType<typeof createSegmentService>;
