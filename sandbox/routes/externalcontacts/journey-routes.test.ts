import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSession } from '../../db/journey-repo.ts';
import { API } from './contacts-test-kit.ts';
import { contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

// Fixed ids of the demo segment catalogue seeded by migration #5.
const SEGMENTS = [1, 2, 3, 4, 5, 6].map((n) => `5f1c1f0e-000${n}-4a6b-9c1d-5e9a0000000${n}`);
type Assignment = { segment: { id: string }; externalContact: { id: string } };
type SessionPage = {
  entities: { id: string; externalContact: { id: string } }[];
  nextUri?: string;
};

const segmentsUrl = (id: string) => `${API}/contacts/${id}/journey/segments`;
const sessionsUrl = (id: string) => `${API}/contacts/${id}/journey/sessions`;
const ids = (list: { id: string }[]) => list.map(({ id }) => ({ id }));

async function merge(a: string, b: string): Promise<string> {
  const response = await kit.call('POST', `${API}/contacts/merge`, { contactIds: [a, b] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string }>().id;
}

describe('journey segments', () => {
  it('assigns, lists and unassigns; unknown segments come back unprocessed', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    const empty = await kit.call('GET', segmentsUrl(ann.id));
    expect(empty.json()).toEqual({ entities: [] });

    const update = await kit.call('POST', segmentsUrl(ann.id), {
      assign: { segments: [{ id: SEGMENTS[0] }, { id: SEGMENTS[1] }, { id: 'nope' }] },
      unassign: { segments: [{ id: 'gone' }] },
    });
    expect(update.statusCode, update.body).toBe(200);
    expect(update.json()).toEqual({
      unprocessedItems: {
        assign: { segments: [{ id: 'nope' }] },
        unassign: { segments: [{ id: 'gone' }] },
        count: 2,
      },
    });
    const listed = (await kit.call('GET', segmentsUrl(ann.id))).json<{ entities: Assignment[] }>();
    expect(listed.entities.map((a) => a.segment.id).sort()).toEqual(
      [SEGMENTS[0], SEGMENTS[1]].sort(),
    );
    expect(listed.entities[0]).toMatchObject({
      externalContact: { id: ann.id },
      dateAssigned: expect.any(String),
      dateForUnassignment: expect.any(String),
    });
    const limited = await kit.call('GET', `${segmentsUrl(ann.id)}?limit=1`);
    expect(limited.json<{ entities: unknown[] }>().entities).toHaveLength(1);

    const removed = await kit.call('POST', segmentsUrl(ann.id), {
      unassign: { segments: [{ id: SEGMENTS[0] }] },
    });
    expect(removed.json()).toEqual({ unprocessedItems: { count: 0 } });
    const after = (await kit.call('GET', segmentsUrl(ann.id))).json<{ entities: Assignment[] }>();
    expect(after.entities.map((a) => a.segment.id)).toEqual([SEGMENTS[1]]);
  });

  it('takes up to 10 segments per call and checks limit', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    const ten = [...SEGMENTS, ...SEGMENTS.slice(0, 4)].map((id) => ({ id }));
    const ok = await kit.call('POST', segmentsUrl(ann.id), {
      assign: { segments: ten.slice(0, 6) },
      unassign: { segments: ten.slice(6) },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const eleven = await kit.call('POST', segmentsUrl(ann.id), {
      assign: { segments: [...ten, { id: SEGMENTS[5] }] },
    });
    expect(eleven.statusCode).toBe(400);
    expect((await kit.call('GET', `${segmentsUrl(ann.id)}?limit=500`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${segmentsUrl(ann.id)}?limit=501`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${segmentsUrl(ann.id)}?limit=0`)).statusCode).toBe(400);
  });

  it('answers 404 for an unknown contact and 403 to the reader on writes', async () => {
    expect((await kit.call('GET', segmentsUrl('missing'))).statusCode).toBe(404);
    expect((await kit.call('POST', segmentsUrl('missing'), {})).statusCode).toBe(404);
    const ann = await kit.createContact({ firstName: 'Ann' });
    const read = await kit.call('GET', segmentsUrl(ann.id), undefined, kit.readerToken);
    expect(read.statusCode).toBe(200);
    const write = await kit.call('POST', segmentsUrl(ann.id), {}, kit.readerToken);
    expect(write.statusCode).toBe(403);
  });

  it('includeMerged lists the assignments of the whole merge set', async () => {
    const a = await kit.createContact({ firstName: 'Ann' });
    const b = await kit.createContact({ firstName: 'Bea' });
    await kit.call('POST', segmentsUrl(a.id), { assign: { segments: [{ id: SEGMENTS[2] }] } });
    const merged = await merge(a.id, b.id);
    const own = (await kit.call('GET', segmentsUrl(merged))).json<{ entities: Assignment[] }>();
    expect(own.entities).toEqual([]);
    const all = (await kit.call('GET', `${segmentsUrl(merged)}?includeMerged=true`)).json<{
      entities: Assignment[];
    }>();
    expect(all.entities).toMatchObject([
      { segment: { id: SEGMENTS[2] }, externalContact: { id: a.id } },
    ]);
  });
});

describe('journey sessions', () => {
  const session = (contactId: string, createdDate: string) =>
    addSession(kit.db, {
      contactId,
      type: 'web',
      createdDate,
      doc: {
        eventCount: 3,
        authenticated: false,
        lastEvent: { id: 'e1', eventName: 'page_viewed', createdDate },
      },
    });

  it('is empty until sessions are stored, then pages newest first', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    expect((await kit.call('GET', sessionsUrl(ann.id))).json()).toMatchObject({ entities: [] });
    const stored = [1, 2, 3].map((day) => session(ann.id, `2025-01-0${day}T10:00:00.000Z`));
    const first = (await kit.call('GET', `${sessionsUrl(ann.id)}?pageSize=2`)).json<SessionPage>();
    expect(ids(first.entities)).toEqual([{ id: stored[2] }, { id: stored[1] }]);
    expect(first.entities[0]).toMatchObject({
      type: 'web',
      eventCount: 3,
      authenticated: false,
      externalContact: { id: ann.id },
      createdDate: '2025-01-03T10:00:00.000Z',
    });
    expect(first.nextUri).toContain('after=');
    const second = (await kit.call('GET', first.nextUri ?? '')).json<SessionPage>();
    expect(ids(second.entities)).toEqual([{ id: stored[0] }]);
    expect(second.nextUri).toBeUndefined();
  });

  it('checks pageSize and after, and 404s an unknown contact', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    expect((await kit.call('GET', `${sessionsUrl(ann.id)}?pageSize=200`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${sessionsUrl(ann.id)}?pageSize=201`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${sessionsUrl(ann.id)}?after=%21`)).statusCode).toBe(400);
    expect((await kit.call('GET', sessionsUrl('missing'))).statusCode).toBe(404);
  });

  it('includeMerged lists the sessions of the whole merge set', async () => {
    const a = await kit.createContact({ firstName: 'Ann' });
    const b = await kit.createContact({ firstName: 'Bea' });
    session(a.id, '2025-02-01T00:00:00.000Z');
    session(b.id, '2025-02-02T00:00:00.000Z');
    const merged = await merge(a.id, b.id);
    const own = (await kit.call('GET', sessionsUrl(merged))).json<SessionPage>();
    expect(own.entities).toEqual([]);
    const all = (
      await kit.call('GET', `${sessionsUrl(merged)}?includeMerged=true`)
    ).json<SessionPage>();
    expect(all.entities.map((s) => s.externalContact.id)).toEqual([b.id, a.id]);
  });
});
