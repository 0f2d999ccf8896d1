// zod/mini: this runs before first paint, and the classic build of zod would add ~40 KB to it.
import * as z from 'zod/mini';

/** Defaults served as /config.json, so a deployed build can be pointed at a real org without a rebuild. */
export const runtimeConfigSchema = z.object({
  defaultRegion: z._default(z.string().check(z.minLength(1)), 'sandbox'),
  clientId: z._default(z.string(), 'sandbox-console'),
  sandboxUrl: z._default(z.url(), 'http://127.0.0.1:8787'),
  /**
   * How the console signs in: `implicit` (Genesys' "Token Implicit Grant (Browser)" client, the
   * default) or `pkce` (a "Code Authorization" client, with PKCE: the authorization code grant
   * that OAuth's current security advice, RFC 9700, prefers for browser apps).
   */
  grant: z._default(z.enum(['implicit', 'pkce']), 'implicit'),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** `request`: config.json already asked for (the early script, src/app/early-requests.ts). */
export async function loadRuntimeConfig(
  request: Promise<Response> = fetch('/config.json', { cache: 'no-store' }),
): Promise<RuntimeConfig> {
  const response = await request;
  if (!response.ok) throw new Error(`config.json could not be loaded (HTTP ${response.status}).`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`config.json is not valid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
