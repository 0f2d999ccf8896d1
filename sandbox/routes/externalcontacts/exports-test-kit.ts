import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import Papa from 'papaparse';
import { USER_IDS } from '../../auth/demo-identities.ts';
import type { SandboxOptions } from '../../config.ts';
import { buildServer } from '../../server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';

export const API = '/api/v2/externalcontacts';

type Json = Record<string, unknown>;

/** A server whose clock tests can move (to expire links), with admin and reader tokens. */
export interface ExportsTestKit {
  app: FastifyInstance;
  adminToken: string;
  readerToken: string;
  /** Milliseconds added to the real clock. */
  advanceClock(ms: number): void;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    token?: string | null,
  ): Promise<LightMyRequestResponse>;
  create(path: string, body: Json): Promise<Json & { id: string }>;
  /** Polls GET …/exports/{id} until the job leaves RUNNING. */
  finished(kind: string, id: string): Promise<Json>;
  /** Fetches a presigned URL the way a browser would: no bearer token. */
  fetchSigned(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** The URL with its signature's first character changed (always to a different one). */
export function tamper(url: string): string {
  return url.replace(/signature=(.)/, (_match, first: string) =>
    first === 'A' ? 'signature=B' : 'signature=A',
  );
}

export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: result.meta.fields ?? [], rows: result.data };
}

export async function exportsTestKit(
  overrides: Partial<SandboxOptions> = {},
): Promise<ExportsTestKit> {
  let offset = 0;
  const app = await buildServer({
    memory: true,
    log: 'silent',
    rateLimit: { kind: 'off' },
    clock: () => Date.now() + offset,
    ...overrides,
  });
  const adminToken = (await signIn(app, USER_IDS.alexAdmin)).token;
  const readerToken = (await signIn(app, USER_IDS.rileyReader)).token;
  const call: ExportsTestKit['call'] = (method, url, payload, token = adminToken) =>
    app.inject({
      method,
      url,
      headers: token === null ? {} : bearer(token),
      ...(payload === undefined ? {} : { payload: payload as Json }),
    });
  return {
    app,
    adminToken,
    readerToken,
    advanceClock: (ms) => {
      offset += ms;
    },
    call,
    async create(path, body) {
      const response = await call('POST', `${API}/${path}`, body);
      if (response.statusCode !== 200) throw new Error(`create failed: ${response.body}`);
      return response.json<Json & { id: string }>();
    },
    async finished(kind, id) {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const body = (await call('GET', `${API}/${kind}/exports/${id}`)).json<Json>();
        if (body.status !== 'RUNNING') return body;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`export ${id} still RUNNING`);
    },
    fetchSigned: (url, headers = {}) => app.inject({ method: 'GET', url: pathOf(url), headers }),
  };
}
