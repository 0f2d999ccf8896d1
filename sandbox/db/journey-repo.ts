import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from './connection.ts';

export interface JourneySegment {
  id: string;
  name: string;
  description: string;
  assignmentDays: number;
}

export interface SegmentAssignmentRecord {
  contactId: string;
  segmentId: string;
  dateAssigned: string;
  dateForUnassignment: string;
}

export interface JourneySessionRecord {
  id: string;
  contactId: string;
  type: string;
  createdDate: string;
  /** The other Session fields (eventCount, lastEvent, authenticated, browser…) as stored. */
  doc: Record<string, unknown>;
}

/** What the seeder (or a test) passes to addSession; id and doc fields are optional. */
export interface NewJourneySession {
  id?: string;
  contactId: string;
  type: string;
  createdDate: string;
  doc?: Record<string, unknown>;
}

interface SegmentRow {
  id: string;
  name: string;
  description: string;
  assignment_days: number;
}

interface AssignmentRow {
  contact_id: string;
  segment_id: string;
  date_assigned: string;
  date_for_unassignment: string;
}

interface SessionRow {
  id: string;
  contact_id: string;
  type: string;
  created_date: string;
  doc: string;
}

const toAssignment = (row: AssignmentRow): SegmentAssignmentRecord => ({
  contactId: row.contact_id,
  segmentId: row.segment_id,
  dateAssigned: row.date_assigned,
  dateForUnassignment: row.date_for_unassignment,
});

function toSession(row: SessionRow): JourneySessionRecord {
  const doc: unknown = JSON.parse(row.doc);
  return {
    id: row.id,
    contactId: row.contact_id,
    type: row.type,
    createdDate: row.created_date,
    doc: typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {},
  };
}

/** JSON array parameter for `IN (SELECT value FROM json_each(?))`: any number of ids, one plan. */
const idsParam = (ids: readonly string[]) => JSON.stringify(ids);

export function createJourneyRepo(db: SqliteDatabase) {
  const segment = db.prepare<[string], SegmentRow>('SELECT * FROM journey_segments WHERE id = ?');
  const assign = db.prepare<[AssignmentRow]>(`INSERT INTO journey_segment_assignments
    (contact_id, segment_id, date_assigned, date_for_unassignment)
    VALUES (@contact_id, @segment_id, @date_assigned, @date_for_unassignment)
    ON CONFLICT (contact_id, segment_id) DO UPDATE
      SET date_for_unassignment = excluded.date_for_unassignment`);
  const unassign = db.prepare<[string, string]>(
    'DELETE FROM journey_segment_assignments WHERE contact_id = ? AND segment_id = ?',
  );
  // Assignments past their unassignment date count as gone, as they would be on a real org.
  const assignments = db.prepare<[string, string, number], AssignmentRow>(`SELECT * FROM
    journey_segment_assignments
    WHERE contact_id IN (SELECT value FROM json_each(?)) AND date_for_unassignment > ?
    ORDER BY date_assigned DESC, segment_id LIMIT ?`);
  // Newest first; the cursor is the (created_date, id) of the last session returned.
  const sessions = db.prepare<
    { ids: string; afterDate: string | null; afterId: string; limit: number },
    SessionRow
  >(`SELECT * FROM journey_sessions
    WHERE contact_id IN (SELECT value FROM json_each(@ids))
      AND (@afterDate IS NULL OR created_date < @afterDate
        OR (created_date = @afterDate AND id < @afterId))
    ORDER BY created_date DESC, id DESC LIMIT @limit`);

  return {
    findSegment(id: string): JourneySegment | null {
      const row = segment.get(id);
      return row === undefined
        ? null
        : {
            id: row.id,
            name: row.name,
            description: row.description,
            assignmentDays: row.assignment_days,
          };
    },
    assign(record: SegmentAssignmentRecord): void {
      assign.run({
        contact_id: record.contactId,
        segment_id: record.segmentId,
        date_assigned: record.dateAssigned,
        date_for_unassignment: record.dateForUnassignment,
      });
    },
    unassign(contactId: string, segmentId: string): void {
      unassign.run(contactId, segmentId);
    },
    assignments(contactIds: readonly string[], now: string, limit: number) {
      return assignments.all(idsParam(contactIds), now, limit).map(toAssignment);
    },
    sessions(
      contactIds: readonly string[],
      after: { createdDate: string; id: string } | null,
      limit: number,
    ): JourneySessionRecord[] {
      return sessions
        .all({
          ids: idsParam(contactIds),
          afterDate: after?.createdDate ?? null,
          afterId: after?.id ?? '',
          limit,
        })
        .map(toSession);
    },
  };
}

/**
 * Stores one journey session for a contact (for the demo seeder and tests). Sessions come from
 * Genesys Predictive Engagement, which the sandbox does not emulate, so nothing else creates them.
 */
export function addSession(db: SqliteDatabase, session: NewJourneySession): string {
  const id = session.id ?? randomUUID();
  db.prepare<[SessionRow]>(
    `INSERT INTO journey_sessions (id, contact_id, type, created_date, doc)
    VALUES (@id, @contact_id, @type, @created_date, @doc)`,
  ).run({
    id,
    contact_id: session.contactId,
    type: session.type,
    created_date: session.createdDate,
    doc: JSON.stringify(session.doc ?? {}),
  });
  return id;
}

export type JourneyRepo = ReturnType<typeof createJourneyRepo>;
