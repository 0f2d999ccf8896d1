import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { SegmentService } from '../../domain/journey-segments.ts';
import type { SessionService } from '../../domain/journey-sessions.ts';
import { asQueryRecord } from '../../http/query-params.ts';

const SEGMENT_VIEW = ['externalContacts:segmentAssignment:view'];
const SEGMENT_CHANGE = [
  'externalContacts:segmentAssignment:add',
  'externalContacts:segmentAssignment:delete',
];
const SESSION_VIEW = ['externalContacts:session:view'];

type IdParams = { Params: { contactId: string } };
const CONTACT = '/externalcontacts/contacts/:contactId';

/** Journey segment assignments and sessions of one contact (optionally its whole merge set). */
export function registerJourneyRoutes(
  app: FastifyInstance,
  segments: SegmentService,
  sessions: SessionService,
): void {
  app.get<IdParams>(
    `${CONTACT}/journey/segments`,
    { preHandler: requireAnyPermission(...SEGMENT_VIEW) },
    async (request) => segments.list(request.params.contactId, asQueryRecord(request.query)),
  );
  app.post<IdParams>(
    `${CONTACT}/journey/segments`,
    { preHandler: requireAnyPermission(...SEGMENT_CHANGE) },
    async (request) => segments.update(request.params.contactId, request.body),
  );
  app.get<IdParams>(
    `${CONTACT}/journey/sessions`,
    { preHandler: requireAnyPermission(...SESSION_VIEW) },
    async (request) =>
      sessions.list(
        request.params.contactId,
        asQueryRecord(request.query),
        `/api/v2/externalcontacts/contacts/${encodeURIComponent(request.params.contactId)}/journey/sessions`,
      ),
  );
}
