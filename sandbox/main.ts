import type { AddressInfo } from 'node:net';
import { DEMO_ROLES, DEMO_USERS } from './auth/demo-identities.ts';
import { parseCliArgs } from './cli-options.ts';
import { defaultSandboxOptions } from './config.ts';
import type { SandboxOptions } from './config.ts';
import { openSandboxDatabase } from './db/open-sandbox-database.ts';
import { buildServer } from './server.ts';
import { createSandboxContext } from './sandbox-context.ts';
import { seedExternalContacts } from './seed-demo-data.ts';
import type { SeedSummary } from './seed-demo-data.ts';

/** Exit code for bad flags, as most CLIs use for usage errors. */
const USAGE_ERROR = 2;

/** A URL a browser on this machine can open, even when bound to every interface. */
function reachableUrl(address: AddressInfo): string {
  const host =
    address.address === '0.0.0.0'
      ? '127.0.0.1'
      : address.address === '::'
        ? '::1'
        : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function describeSeed(options: SandboxOptions, summary: SeedSummary | null): string {
  const seed = options.seed;
  const choice = seed.kind === 'count' ? `${seed.count} contacts` : seed.kind;
  if (summary === null) return `${choice} (the data file was seeded before; reused as it is)`;
  if (seed.kind === 'none') return 'none (demo users, divisions and OAuth clients only)';
  const merges =
    summary.mergedGroups > 0
      ? `, ${summary.mergedGroups} merged sets, ${summary.duplicateGroupsLeft} groups of duplicates to merge`
      : '';
  const notes =
    summary.notes > 0
      ? `, ${summary.notes} notes, ${summary.relationships} relationships, ${summary.journeySessions} journey sessions`
      : '';
  return `${choice}: ${summary.contacts} contacts, ${summary.organizations} organizations${notes}${merges}`;
}

function banner(
  url: string,
  options: SandboxOptions,
  seeded: boolean,
  summary: SeedSummary | null,
): string {
  const defaults = defaultSandboxOptions();
  const secret =
    options.clientSecret === defaults.clientSecret
      ? options.clientSecret
      : '(as given by --client-secret)';
  const redirect = 'http://localhost:5173/';
  const signInUrl = `${url}/oauth/authorize?response_type=token&client_id=${encodeURIComponent(options.consoleClientId)}&redirect_uri=${encodeURIComponent(redirect)}`;
  const roleName = (id: string) => DEMO_ROLES.find((role) => role.id === id)?.name ?? id;
  const data = options.memory
    ? 'in memory (gone when the sandbox stops)'
    : `${options.dataFile} (${seeded ? 'new' : 'reused'})`;
  const users = DEMO_USERS.map(
    (user) =>
      `  ${user.name.padEnd(17)} ${user.email.padEnd(34)} ${user.roleIds.map(roleName).join(', ').padEnd(25)} ${user.id}`,
  );
  return [
    `Sandbox listening on ${url}`,
    `Data:  ${data}`,
    `Seed:  ${describeSeed(options, summary)}`,
    '',
    'OAuth clients:',
    options.strictRedirects
      ? `  implicit grant/PKCE ${options.consoleClientId}  redirects (--strict-redirects, exact only): ${options.consoleRedirects.join(', ')}`
      : `  implicit grant/PKCE ${options.consoleClientId}  redirects: any http://localhost or http://127.0.0.1 URI${options.consoleRedirects.map((uri) => `, ${uri}`).join('')}`,
    `  client credentials  ${options.clientId} / ${secret}  (POST ${url}/oauth/token)`,
    `Sign in: ${signInUrl}`,
    `OpenAPI: ${url}/api/v2/docs/openapi.json  (every emulated operation; no token needed)`,
    '',
    'Demo users (pick one on the sign-in page):',
    ...users,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`sandbox: ${parsed.message}\n`);
    process.exitCode = USAGE_ERROR;
    return;
  }
  const options = parsed.options;
  const { db, seeded } = openSandboxDatabase(options);
  // Only a new data file is seeded: a reused one keeps what its users did with it.
  const summary = seeded
    ? seedExternalContacts(createSandboxContext(db, options), options.seed)
    : null;
  const app = await buildServer(options, { db });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nSandbox stopping (${signal})\n`);
    await app.close();
    db.close();
  };
  // `once`: a second Ctrl-C falls through to Node's default and ends a stuck shutdown.
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));

  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    db.close();
    throw error;
  }
  const url = reachableUrl(app.server.address() as AddressInfo);
  process.stdout.write(banner(url, options, seeded, summary));
  // Machine-readable and last: scripts that start the sandbox wait for this line.
  process.stdout.write(`SANDBOX_READY ${url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
