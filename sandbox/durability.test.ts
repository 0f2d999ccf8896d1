import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandboxProcess } from './testing/sandbox-process.ts';

/**
 * Kill -9 in the middle of bulk writes, restart on the same data file: every write the client
 * saw acknowledged is there, and no bulk request is half-applied (all of a batch or none of it).
 */
const dir = mkdtempSync(join(tmpdir(), 'sandbox-durability-'));
const dataFile = join(dir, 'sandbox.db');
const BATCH = 50;

async function token(url: string): Promise<string> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('durability', () => {
  it('loses no acknowledged bulk write and half-writes none when killed mid-bulk', async () => {
    const first = await startSandboxProcess(dataFile);
    const bearer = await token(first.url);
    const acknowledged: string[] = [];
    let stopped = false;
    const writer = async (worker: number) => {
      for (let batch = 0; !stopped; batch += 1) {
        const entities = Array.from({ length: BATCH }, (_, i) => ({
          firstName: `W${worker}`,
          lastName: `Batch${batch}-${i}`,
          workEmail: `w${worker}.b${batch}.${i}@example.com`,
        }));
        try {
          const response = await fetch(`${first.url}/api/v2/externalcontacts/bulk/contacts/add`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ entities }),
          });
          if (response.status !== 200) return;
          const body = (await response.json()) as { results: { id: string; success: boolean }[] };
          acknowledged.push(...body.results.filter((r) => r.success).map((r) => r.id));
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const writers = [writer(1), writer(2)];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    stopped = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(0);

    const second = await startSandboxProcess(dataFile);
    try {
      const bearer2 = await token(second.url);
      const stored: { id: string; firstName?: string; lastName?: string }[] = [];
      let cursor: string | undefined;
      do {
        const response = await fetch(
          `${second.url}/api/v2/externalcontacts/scan/contacts?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
          { headers: { Authorization: `Bearer ${bearer2}` } },
        );
        const page = (await response.json()) as {
          entities: { id: string; firstName?: string; lastName?: string }[];
          cursors?: { after?: string };
        };
        stored.push(...page.entities);
        cursor = page.cursors?.after;
      } while (cursor);
      const ids = new Set(stored.map((contact) => contact.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      // Every batch that reached the disk reached it whole.
      const perBatch = new Map<string, number>();
      for (const contact of stored) {
        const batch = `${contact.firstName}:${contact.lastName?.split('-')[0]}`;
        perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
      }
      expect([...perBatch.values()].every((count) => count % BATCH === 0)).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 60_000);
});
