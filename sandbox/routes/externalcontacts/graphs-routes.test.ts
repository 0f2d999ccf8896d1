import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIVISION_IDS, USER_IDS } from '../../auth/demo-identities.ts';
import { signIn } from '../../testing/sandbox-test-kit.ts';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

const GRAPHS = `${API}/graphs`;

interface ClusterJson {
  id: string;
  division: { id: string; name?: string };
  clusterScan: { id: string };
  mergeInfo: { status: string; error?: { code: string; message: string }; dateMerged?: string };
  graph: {
    vertices: {
      contacts: { vertexId: string; contact: { id: string; mergedTo?: { id: string } } }[];
      identifiers: { vertexId: string; normalizedType: string; normalizedValue: string }[];
    };
    edges: { from: string; to: string }[];
  };
}
interface ClusterListJson {
  entities: ClusterJson[];
  cursors: { after?: string };
  nextUri?: string;
  selfUri: string;
}

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

async function latestScanId(): Promise<string> {
  const response = await kit.call('GET', `${GRAPHS}/clusterscans/latest`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string }>().id;
}

async function clusters(scanId: string, query = ''): Promise<ClusterListJson> {
  const response = await kit.call('GET', `${GRAPHS}/clusterscans/${scanId}/clusters${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ClusterListJson>();
}

const contactIdsOf = (cluster: ClusterJson | undefined) =>
  (cluster?.graph.vertices.contacts ?? []).map((vertex) => vertex.contact.id).sort();

/** `count` clusters of two contacts each, sharing an email. */
async function makePairs(count: number, division?: string): Promise<string[][]> {
  const pairs: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const body = {
      firstName: `Pat${index}`,
      workEmail: `pat${index}${division ?? ''}@dup.example`,
      ...(division === undefined ? {} : { division: { id: division } }),
    };
    const a = await kit.createContact(body);
    const b = await kit.createContact({ ...body, workEmail: body.workEmail.toUpperCase() });
    pairs.push([a.id, b.id].sort());
  }
  return pairs;
}

describe('cluster scans', () => {
  it('scans on demand, and again only when contacts changed', async () => {
    const empty = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans/latest?expand=statistics.aggregated`,
    );
    expect(empty.json()).toMatchObject({
      statistics: { aggregated: { totalClusters: 0, totalAutomaticMergeSuccesses: 0 } },
    });
    const first = empty.json<{ id: string; dateCompleted: string }>();
    expect(first.dateCompleted).toMatch(/Z$/);
    expect(await latestScanId()).toBe(first.id);

    await makePairs(2);
    const second = await latestScanId();
    expect(second).not.toBe(first.id);
    const statistics = await kit.call('GET', `${GRAPHS}/clusterscans/latest/statistics`);
    expect(statistics.json()).toMatchObject({ aggregated: { totalClusters: 2 } });
    const byId = await kit.call('GET', `${GRAPHS}/clusterscans/${second}/statistics`);
    expect(byId.json()).toEqual(statistics.json());
    // The older scan stays readable, without statistics unless expanded.
    const old = await kit.call('GET', `${GRAPHS}/clusterscans/${first.id}`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).not.toHaveProperty('statistics');

    const list = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans?limit=1&expand=statistics.aggregated`,
    );
    const page = list.json<{ entities: { id: string }[]; cursors: { after?: string } }>();
    expect(page.entities.map((scan) => scan.id)).toEqual([second]);
    const next = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans?limit=1&cursor=${page.cursors.after ?? ''}`,
    );
    expect(next.json()).toMatchObject({ entities: [{ id: first.id }], cursors: {} });
  });

  it('links contacts by their own fields and by claimed identifiers, within a division', async () => {
    const a = await kit.createContact({ firstName: 'Ann', workEmail: 'ann@x.example' });
    const b = await kit.createContact({
      firstName: 'Annie',
      cellPhone: { display: '+1 317 222 2222' },
    });
    const claim = await kit.call('PATCH', `${API}/contacts/${b.id}/identifiers`, {
      operation: 'Claim',
      identifier: { type: 'Email', value: 'ANN@x.example' },
    });
    expect(claim.statusCode, claim.body).toBe(200);
    const c = await kit.createContact({ firstName: 'A.', homePhone: { display: '+13172222222' } });
    await kit.createContact({
      firstName: 'Elsewhere',
      workEmail: 'ann@x.example',
      division: { id: DIVISION_IDS.emeaSales },
    });
    await kit.createContact({ firstName: 'Alone', workEmail: 'alone@x.example' });

    const listing = await clusters(await latestScanId());
    expect(listing.entities).toHaveLength(1);
    const [cluster] = listing.entities;
    expect(contactIdsOf(cluster)).toEqual([a.id, b.id, c.id].sort());
    expect(cluster).toMatchObject({
      division: { id: DIVISION_IDS.home, name: 'Home' },
      mergeInfo: { status: 'NotMerged' },
    });
    const identifiers = cluster?.graph.vertices.identifiers.map(
      (vertex) => `${vertex.normalizedType}:${vertex.normalizedValue}`,
    );
    expect(identifiers?.sort()).toEqual(['Email:ann@x.example', 'Phone:+13172222222']);
    expect(cluster?.graph.edges).toHaveLength(4);
    const single = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans/${cluster?.clusterScan.id ?? ''}/clusters/${cluster?.id ?? ''}`,
    );
    expect(single.json()).toEqual(cluster);
  });

  it('pages clusters with a cursor and filters by division and merge status', async () => {
    const home = await makePairs(3);
    const emea = await makePairs(1, DIVISION_IDS.emeaSales);
    const scanId = await latestScanId();
    const first = await clusters(scanId, '?limit=2');
    expect(first.entities).toHaveLength(2);
    expect(first.nextUri).toContain('limit=2');
    const second = await clusters(scanId, `?limit=2&cursor=${first.cursors.after ?? ''}`);
    expect(second.entities).toHaveLength(2);
    expect(second.cursors.after).toBeUndefined();
    expect(second.nextUri).toBeUndefined();
    const all = [...first.entities, ...second.entities].map(contactIdsOf);
    expect(all.sort()).toEqual([...home, ...emea].sort());

    const emeaOnly = await clusters(scanId, `?divisionIds=${DIVISION_IDS.emeaSales}`);
    expect(emeaOnly.entities.map(contactIdsOf)).toEqual(emea);
    const both = await clusters(
      scanId,
      `?divisionIds=${DIVISION_IDS.emeaSales}&divisionIds=${DIVISION_IDS.home}`,
    );
    expect(both.entities).toHaveLength(4);

    const target = first.entities[0];
    const merge = await kit.call(
      'PUT',
      `${GRAPHS}/clusterscans/${scanId}/clusters/${target?.id ?? ''}/merge`,
    );
    expect(merge.statusCode, merge.body).toBe(200);
    const merged = await clusters(scanId, '?mergeInfo.status=ManualSucceeded');
    expect(merged.entities.map((cluster) => cluster.id)).toEqual([target?.id]);
    const waiting = await clusters(scanId, '?mergeInfo.status=NotMerged');
    expect(waiting.entities).toHaveLength(3);
  });

  it('refuses bad parameters with Genesys 400s naming the parameter', async () => {
    const scanId = await latestScanId();
    const base = `${GRAPHS}/clusterscans/${scanId}/clusters`;
    const tooMany = Array.from({ length: 51 }, (_, i) => `divisionIds=d${i}`).join('&');
    const cases: [string, string][] = [
      [`${base}?limit=0`, 'limit'],
      [`${base}?limit=101`, 'limit'],
      [`${base}?limit=ten`, 'limit'],
      [`${base}?cursor=not-a-cursor`, 'cursor'],
      [`${base}?cursor=${Buffer.from('abc').toString('base64url')}`, 'cursor'],
      [`${base}?mergeInfo.status=Merged`, 'mergeInfo.status'],
      [`${base}?${tooMany}`, 'divisionIds'],
      [`${GRAPHS}/clusterscans?limit=500`, 'limit'],
      [`${GRAPHS}/clusterscans/latest?expand=statistics`, 'expand'],
    ];
    for (const [url, fieldName] of cases) {
      const response = await kit.call('GET', url);
      expect([url, response.statusCode]).toEqual([url, 400]);
      expect(response.json()).toMatchObject({
        code: 'bad.request',
        status: 400,
        details: [{ fieldName }],
      });
    }
  });

  it('answers 404 for an unknown scan or cluster', async () => {
    const scanId = await latestScanId();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `${GRAPHS}/clusterscans/${unknown}`,
      `${GRAPHS}/clusterscans/${unknown}/statistics`,
      `${GRAPHS}/clusterscans/${unknown}/clusters`,
      `${GRAPHS}/clusterscans/${scanId}/clusters/${unknown}`,
    ]) {
      const response = await kit.call('GET', url);
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.json().code).toBe('not.found');
    }
    const merge = await kit.call(
      'PUT',
      `${GRAPHS}/clusterscans/${scanId}/clusters/${unknown}/merge`,
    );
    expect(merge.statusCode).toBe(404);
  });
});

describe('merging a cluster', () => {
  it('merges once, records ManualSucceeded, and a retry merges nothing more', async () => {
    const [pair] = await makePairs(1);
    const scanId = await latestScanId();
    const [cluster] = (await clusters(scanId)).entities;
    const url = `${GRAPHS}/clusterscans/${scanId}/clusters/${cluster?.id ?? ''}/merge`;
    const response = await kit.call('PUT', url);
    expect(response.statusCode, response.body).toBe(200);
    const merged = response.json<ClusterJson>();
    expect(merged.mergeInfo.status).toBe('ManualSucceeded');
    expect(merged.mergeInfo.dateMerged).toMatch(/Z$/);
    const results = merged.graph.vertices.contacts.map((vertex) => vertex.contact.mergedTo?.id);
    expect(new Set(results).size).toBe(1);
    const resultId = results[0] ?? '';
    const resolved = await kit.call('GET', `${API}/contacts/${pair?.[0] ?? ''}`);
    expect(resolved.json()).toMatchObject({ id: resultId, type: 'Curated' });

    const retry = await kit.call('PUT', url);
    expect(retry.json<ClusterJson>()).toMatchObject({ mergeInfo: merged.mergeInfo });
    const search = await kit.call('GET', `${API}/contacts`);
    expect(search.json()).toMatchObject({ total: 1 });
    // The scan's own merge does not make it stale: latest is still the same scan.
    expect(await latestScanId()).toBe(scanId);
  });

  it('records ManualFailed when the contacts changed since the scan', async () => {
    const [pair] = await makePairs(1);
    const scanId = await latestScanId();
    const [cluster] = (await clusters(scanId)).entities;
    await kit.call('DELETE', `${API}/contacts/${pair?.[0] ?? ''}`);
    const url = `${GRAPHS}/clusterscans/${scanId}/clusters/${cluster?.id ?? ''}/merge`;
    const response = await kit.call('PUT', url);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      mergeInfo: { status: 'ManualFailed', error: { code: 'cluster.contacts.changed' } },
    });
    const failed = await clusters(scanId, '?mergeInfo.status=ManualFailed');
    expect(failed.entities).toHaveLength(1);
  });
  it('records the merge refusal as ManualFailed, and a failed cluster may be merged again', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 26; index += 1) {
      ids.push(
        (await kit.createContact({ lastName: `Many${index}`, workEmail: 'many@dup.example' })).id,
      );
    }
    const scanId = await latestScanId();
    const [cluster] = (await clusters(scanId)).entities;
    expect(cluster?.graph.vertices.contacts).toHaveLength(26);
    const url = `${GRAPHS}/clusterscans/${scanId}/clusters/${cluster?.id ?? ''}/merge`;
    const refused = await kit.call('PUT', url);
    expect(refused.json()).toMatchObject({
      mergeInfo: { status: 'ManualFailed', error: { message: expect.stringContaining('25') } },
    });
    await kit.call('DELETE', `${API}/contacts/${ids[0] ?? ''}`);
    const retried = await kit.call('PUT', url);
    expect(retried.json()).toMatchObject({ mergeInfo: { status: 'ManualSucceeded' } });
    expect(retried.json()).not.toHaveProperty('mergeInfo.error');
  });
});

describe('graph settings and automatic merging', () => {
  it('reads and updates automaticMergingEnabled, refusing bad bodies', async () => {
    const initial = await kit.call('GET', `${GRAPHS}/settings`);
    expect(initial.json()).toMatchObject({ automaticMergingEnabled: false });
    for (const body of [{}, { automaticMergingEnabled: 'yes' }]) {
      const bad = await kit.call('PUT', `${GRAPHS}/settings`, body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ details: [{ fieldName: 'automaticMergingEnabled' }] });
    }
    const saved = await kit.call('PUT', `${GRAPHS}/settings`, {
      automaticMergingEnabled: true,
      dateModified: '2000-01-01T00:00:00Z',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ automaticMergingEnabled: true });
    expect(saved.json<{ dateModified: string }>().dateModified).not.toBe('2000-01-01T00:00:00Z');
    expect((await kit.call('GET', `${GRAPHS}/settings`)).json()).toEqual(saved.json());
  });

  it('merges every cluster of the next scan once turned on', async () => {
    await makePairs(2);
    const before = await latestScanId();
    await kit.call('PUT', `${GRAPHS}/settings`, { automaticMergingEnabled: true });
    const scan = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans/latest?expand=statistics.aggregated`,
    );
    expect(scan.json<{ id: string }>().id).not.toBe(before);
    expect(scan.json()).toMatchObject({
      statistics: {
        aggregated: {
          totalClusters: 2,
          totalAutomaticMergeSuccesses: 2,
          totalAutomaticMergeFailures: 0,
        },
      },
    });
    const listing = await clusters(scan.json<{ id: string }>().id);
    expect(listing.entities.map((cluster) => cluster.mergeInfo.status)).toEqual([
      'AutoSucceeded',
      'AutoSucceeded',
    ]);
    expect((await kit.call('GET', `${API}/contacts`)).json()).toMatchObject({ total: 2 });
    // Its own merges leave it the latest scan.
    expect(await latestScanId()).toBe(scan.json<{ id: string }>().id);
  });
});

describe('graph permissions', () => {
  it('lets the reader see clusters but not merge or read settings', async () => {
    await makePairs(1);
    const scanId = await latestScanId();
    const [cluster] = (await clusters(scanId)).entities;
    const reader = kit.readerToken;
    const ok = await kit.call(
      'GET',
      `${GRAPHS}/clusterscans/${scanId}/clusters`,
      undefined,
      reader,
    );
    expect(ok.statusCode).toBe(200);
    const merge = await kit.call(
      'PUT',
      `${GRAPHS}/clusterscans/${scanId}/clusters/${cluster?.id ?? ''}/merge`,
      undefined,
      reader,
    );
    expect(merge.statusCode).toBe(403);
    expect(merge.json()).toMatchObject({
      code: 'missing.any.permissions',
      messageParams: { permissions: 'externalContacts:graphCluster:merge' },
    });
    const settings = await kit.call('GET', `${GRAPHS}/settings`, undefined, reader);
    expect(settings.statusCode).toBe(403);
  });

  it('lets a contact viewer without graph permissions read only the latest scan', async () => {
    const curator = (await signIn(kit.app, USER_IDS.caseyCurator)).token;
    const latest = await kit.call('GET', `${GRAPHS}/clusterscans/latest`, undefined, curator);
    expect(latest.statusCode).toBe(200);
    const scanId = latest.json<{ id: string }>().id;
    for (const url of [
      `${GRAPHS}/clusterscans`,
      `${GRAPHS}/clusterscans/${scanId}`,
      `${GRAPHS}/clusterscans/${scanId}/clusters`,
    ]) {
      const response = await kit.call('GET', url, undefined, curator);
      expect([url, response.statusCode]).toEqual([url, 403]);
    }
  });
});
