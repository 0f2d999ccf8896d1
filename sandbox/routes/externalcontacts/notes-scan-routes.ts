import type { FastifyInstance } from 'fastify';
import { requireAllPermissions, requireAnyPermission } from '../../auth/guard.ts';
import type { NoteService } from '../../domain/note-service.ts';
import type { RelationshipService } from '../../domain/relationship-service.ts';
import { cursorListing, decodeCursor, parseScanLimit } from '../../domain/scan-cursor.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { CONTACT_VIEW, CONTACT_VIEW_ALL } from './contacts-permissions.ts';

interface ScanSource<Row extends { id: string }> {
  scan(after: string, divisionId: string | null, limit: number): Row[];
  view(row: Row): Record<string, unknown>;
}

function divisionFilter(query: QueryRecord, allowed: boolean): string | null {
  const division = allowed ? singleParam(query, 'divisionId') : undefined;
  return division === undefined || division === '' || division === '*' ? null : division;
}

function registerScan<Row extends { id: string }>(
  app: FastifyInstance,
  path: string,
  source: ScanSource<Row>,
): void {
  const handler = (route: string, byDivision: boolean) => async (request: { query: unknown }) => {
    const query = asQueryRecord(request.query);
    const limit = parseScanLimit(query);
    const after = decodeCursor(singleParam(query, 'cursor'));
    const rows = source.scan(after, divisionFilter(query, byDivision), limit + 1);
    return cursorListing(rows, limit, `/api/v2${route}`, query, (row) => source.view(row));
  };
  // Both scans use the contact permissions, as endpoints.md lists them.
  app.get(path, { preHandler: requireAnyPermission(...CONTACT_VIEW) }, handler(path, true));
  const all = `${path}/divisionviews/all`;
  app.get(all, { preHandler: requireAllPermissions(...CONTACT_VIEW_ALL) }, handler(all, false));
}

/** Cursor scans of notes and relationships (all notes, merged-away contacts' notes included). */
export function registerNoteAndRelationshipScans(
  app: FastifyInstance,
  notes: NoteService,
  relationships: RelationshipService,
): void {
  registerScan(app, '/externalcontacts/scan/notes', {
    scan: (after, division, limit) => notes.notes.scan(after, division, limit),
    view: (row) => notes.view(row, new Set()),
  });
  registerScan(app, '/externalcontacts/scan/relationships', {
    scan: (after, division, limit) => relationships.relationships.scan(after, division, limit),
    view: (row) => relationships.view(row, new Set()),
  });
}
