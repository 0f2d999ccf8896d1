import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_IDS } from '../auth/demo-identities.ts';
import { bearer, signIn, testServer } from '../testing/sandbox-test-kit.ts';

describe('SANDBOX_OPERATIONS_LOG', () => {
  const folder = mkdtempSync(join(tmpdir(), 'operations-log-'));
  afterEach(() => {
    delete process.env.SANDBOX_OPERATIONS_LOG;
  });

  it('writes each operation answered once, by its Genesys operationId', async () => {
    const file = join(folder, 'operations.txt');
    process.env.SANDBOX_OPERATIONS_LOG = file;
    const app = await testServer();
    try {
      const { token } = await signIn(app, USER_IDS.alexAdmin);
      for (const url of [
        '/api/v2/externalcontacts/contacts',
        '/api/v2/externalcontacts/contacts',
      ]) {
        await app.inject({ method: 'GET', url, headers: bearer(token) });
      }
      await app.inject({
        method: 'GET',
        url: '/api/v2/externalcontacts/organizations?pageSize=2',
        headers: bearer(token),
      });
      // A refused call reached the operation too.
      await app.inject({ method: 'GET', url: '/api/v2/externalcontacts/notes/missing' });
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toEqual(
        expect.arrayContaining(['getExternalcontactsContacts', 'getExternalcontactsOrganizations']),
      );
      expect(lines.filter((line) => line === 'getExternalcontactsContacts')).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
