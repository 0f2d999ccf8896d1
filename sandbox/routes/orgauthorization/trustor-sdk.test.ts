import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TRUSTOR_IDS } from '../../db/trustors-migration.ts';
import { testServer } from '../../testing/sandbox-test-kit.ts';

/**
 * The official SDK finds a trustor and links an external organization to it, the path an SDK
 * user takes (OrganizationAuthorizationApi, then ExternalContactsApi).
 */
interface Trustor {
  id: string;
  enabled: boolean;
  organization?: { name?: string };
}
interface SdkError {
  status?: number;
  code?: string;
}
interface Sdk {
  ApiClient: {
    instance: {
      setGateway(gateway: { host: string; protocol: string; port: number }): void;
      loginClientCredentialsGrant(id: string, secret: string): Promise<unknown>;
    };
  };
  OrganizationAuthorizationApi: new () => {
    getOrgauthorizationTrustors(opts?: object): Promise<{
      entities: Trustor[];
      total: number;
      pageCount: number;
    }>;
    getOrgauthorizationTrustor(id: string): Promise<Trustor>;
  };
  ExternalContactsApi: new () => {
    postExternalcontactsOrganizations(body: object): Promise<{ id: string }>;
    putExternalcontactsOrganizationTrustorTrustorId(
      id: string,
      trustorId: string,
    ): Promise<{ trustorOrgId?: string }>;
    getExternalcontactsOrganization(id: string, opts?: object): Promise<{ trustor?: Trustor }>;
  };
}

const sdk = createRequire(import.meta.url)('purecloud-platform-client-v2') as Sdk;
let app: FastifyInstance;

beforeAll(async () => {
  app = await testServer();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  sdk.ApiClient.instance.setGateway({ host: '127.0.0.1', protocol: 'http', port });
  await sdk.ApiClient.instance.loginClientCredentialsGrant('sandbox-client', 'sandbox-secret');
});
afterAll(async () => {
  await app.close();
});

describe('the official SDK and trustors', () => {
  it('lists trustors, reads one and links an external organization to it', async () => {
    const orgAuthorization = new sdk.OrganizationAuthorizationApi();
    const listing = await orgAuthorization.getOrgauthorizationTrustors({ pageSize: 2 });
    expect(listing).toMatchObject({ total: 3, pageCount: 2 });
    expect(listing.entities).toHaveLength(2);
    const northwind = await orgAuthorization.getOrgauthorizationTrustor(DEMO_TRUSTOR_IDS.northwind);
    expect(northwind.organization?.name).toBe('Northwind Contact Centre');

    const contacts = new sdk.ExternalContactsApi();
    const org = await contacts.postExternalcontactsOrganizations({ name: 'Northwind (SDK)' });
    const link = await contacts.putExternalcontactsOrganizationTrustorTrustorId(
      org.id,
      northwind.id,
    );
    expect(link.trustorOrgId).toBe(northwind.id);
    const read = await contacts.getExternalcontactsOrganization(org.id, { includeTrustors: true });
    expect(read.trustor).toEqual(northwind);
  });

  it('rejects an unknown trustor with the Genesys 404 body', async () => {
    const orgAuthorization = new sdk.OrganizationAuthorizationApi();
    const unknown = 'abababab-0000-4000-8000-000000000000';
    const error = (await orgAuthorization
      .getOrgauthorizationTrustor(unknown)
      .catch((caught: unknown) => caught)) as SdkError;
    expect(error).toMatchObject({ status: 404, code: 'not.found' });
    const contacts = new sdk.ExternalContactsApi();
    const org = await contacts.postExternalcontactsOrganizations({ name: 'Nobody trusts us' });
    const linkError = (await contacts
      .putExternalcontactsOrganizationTrustorTrustorId(org.id, unknown)
      .catch((caught: unknown) => caught)) as SdkError;
    expect(linkError).toMatchObject({ status: 404, code: 'not.found' });
  });
});
