import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAnyPermission, requireAuth } from '../../auth/guard.ts';
import type { NoteEntityType } from '../../db/notes-repo.ts';
import { parseSortOrder } from '../../domain/entity-sort.ts';
import { parseExpand } from '../../domain/entity-views.ts';
import type { NoteService } from '../../domain/note-service.ts';
import { CONTACT_NOTE_LIST_EXPANDS, NOTE_EXPANDS } from '../../domain/note-views.ts';
import { pageListing, pageOffset } from '../../domain/paging.ts';
import { parseSearchPaging } from '../../domain/search-paging.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import {
  CONTACT_EDIT,
  CONTACT_EDIT_ONLY,
  CONTACT_VIEW,
  ORG_EDIT,
  ORG_EDIT_ONLY,
  ORG_VIEW,
} from './contacts-permissions.ts';

// Same parameter names as the contact and organization routes: the router shares the segment.
type Params = { Params: Record<string, string | undefined> };

/** Contact notes cap pageSize at 100 (endpoints.md); organization notes only have the 1,000 window. */
const CONTACT_NOTES_MAX_PAGE_SIZE = 100;

interface NoteArea {
  type: NoteEntityType;
  param: string;
  base: string;
  view: string[];
  edit: string[];
  editOnly: string[];
}

const AREAS: readonly NoteArea[] = [
  {
    type: 'contact',
    param: 'contactId',
    base: '/externalcontacts/contacts/:contactId/notes',
    view: CONTACT_VIEW,
    edit: CONTACT_EDIT,
    editOnly: CONTACT_EDIT_ONLY,
  },
  {
    type: 'organization',
    param: 'organizationId',
    base: '/externalcontacts/organizations/:organizationId/notes',
    view: ORG_VIEW,
    edit: ORG_EDIT,
    editOnly: ORG_EDIT_ONLY,
  },
];

function callerId(request: FastifyRequest): string | null {
  return requireAuth(request).user?.id ?? null;
}

/** GET/POST …/notes and GET/PUT/PATCH/DELETE …/notes/{noteId} for contacts and organizations. */
export function registerNoteRoutes(app: FastifyInstance, service: NoteService): void {
  for (const area of AREAS) {
    const { type, base } = area;
    const ownerOf = (request: FastifyRequest<Params>) =>
      service.requireOwner(type, request.params[area.param] ?? '');
    const noteIdOf = (request: FastifyRequest<Params>): string => request.params.noteId ?? '';

    app.get<Params>(base, { preHandler: requireAnyPermission(...area.view) }, async (request) => {
      const query = asQueryRecord(request.query);
      const paging = parseSearchPaging(query);
      if (type === 'contact' && paging.pageSize > CONTACT_NOTES_MAX_PAGE_SIZE) {
        throw invalidField('pageSize', `pageSize must be at most ${CONTACT_NOTES_MAX_PAGE_SIZE}.`);
      }
      const sort = parseSortOrder(singleParam(query, 'sortOrder'), ['createDate'], {
        field: 'createDate',
        descending: true,
      });
      const expand = parseExpand(
        listParam(query, 'expand'),
        type === 'contact' ? CONTACT_NOTE_LIST_EXPANDS : NOTE_EXPANDS,
      );
      const owner = ownerOf(request);
      const page = service.list(
        owner,
        expand.has('mergeset'),
        sort.descending,
        pageOffset(paging),
        paging.pageSize,
      );
      const entities = page.rows.map((row) => service.view(row, expand));
      const path = base.replace(`:${area.param}`, owner.id);
      return pageListing(entities, page.total, paging, `/api/v2${path}`, query);
    });

    app.post<Params>(base, { preHandler: requireAnyPermission(...area.edit) }, async (request) => {
      const note = service.create(ownerOf(request), request.body, callerId(request));
      return service.view(note, new Set());
    });

    const one = `${base}/:noteId`;
    app.get<Params>(one, { preHandler: requireAnyPermission(...area.view) }, async (request) => {
      const expand = parseExpand(listParam(asQueryRecord(request.query), 'expand'), NOTE_EXPANDS);
      const owner = ownerOf(request);
      return service.view(service.requireNote(owner, noteIdOf(request)), expand);
    });

    app.put<Params>(one, { preHandler: requireAnyPermission(...area.edit) }, async (request) => {
      const owner = ownerOf(request);
      return service.view(service.replace(owner, noteIdOf(request), request.body), new Set());
    });

    app.patch<Params>(
      one,
      { preHandler: requireAnyPermission(...area.editOnly) },
      async (request) => {
        const owner = ownerOf(request);
        return service.view(service.patch(owner, noteIdOf(request), request.body), new Set());
      },
    );

    app.delete<Params>(one, { preHandler: requireAnyPermission(...area.edit) }, async (request) => {
      service.remove(ownerOf(request), noteIdOf(request));
      return {};
    });
  }
}
