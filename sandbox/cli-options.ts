import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_DATA_FILE,
  DEFAULT_HOST,
  BURST_429_LENGTH,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_TTL_SECONDS,
  defaultSandboxOptions,
} from './config.ts';
import type { FaultSpec, RateLimitChoice, SandboxOptions, SeedChoice } from './config.ts';

export type CliResult =
  | { kind: 'run'; options: SandboxOptions }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

/** Statuses a fault spec may inject: the transient failures clients are expected to retry. */
const FAULT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_SEED_COUNT = 1_000_000;
const MAX_LATENCY_MS = 60_000;

export const HELP_TEXT = `Usage: npm run sandbox -- [options]

A local emulator of the Genesys Cloud API (External Contacts and the helper endpoints).

Options:
  --port N                 Port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host H                 Interface to bind (default ${DEFAULT_HOST})
  --data FILE              SQLite data file (default data/sandbox.db in the repository);
                           an existing file is reused, not reseeded
  --memory                 Keep everything in memory (cannot be combined with --data)
  --seed demo|none|COUNT   Demo data to create in a new database (default demo); identities
                           (users, divisions, OAuth clients) are always created
  --allowed-origin URL     Extra CORS origin (repeatable); http://localhost:* and
                           http://127.0.0.1:* are always allowed
  --console-client-id ID   Implicit-grant client of the console (default sandbox-console)
  --console-redirect URL   Extra exact redirect URI for the console client (repeatable);
                           any http://localhost:<port>/<path> and http://127.0.0.1 URI is allowed
  --strict-redirects       Accept only the exact redirect URIs given with --console-redirect,
                           as Genesys Cloud does (no loopback convenience), for a shared sandbox
  --client-id ID           Client-credentials client id (default sandbox-client)
  --client-secret S        Client-credentials secret (default sandbox-secret)
  --token-ttl SECONDS      Access token lifetime, 1-${MAX_TOKEN_TTL_SECONDS} (default ${DEFAULT_TOKEN_TTL_SECONDS})
  --rate-limit N|off       Requests per rolling minute per access token on /api/v2 (default
                           ${DEFAULT_RATE_LIMIT_PER_MINUTE}); over it: 429 too.many.requests with Retry-After. Responses
                           carry inin-ratelimit-count, -allowed and -reset headers
  --faults SPEC|off        Failures injected on /api/v2 (default off), comma-separated, e.g.
                           "503=0.05,429=0.02,latency=50-300,drop=0.01,burst429=100":
                             STATUS=P      answer STATUS (408,429,500,502,503,504) with
                                           probability P, before the handler: nothing is
                                           written, so a retry is always safe
                             drop=P        close the connection without answering
                             latency=MS or latency=MIN-MAX   delay every request
                             burst429=N    requests N..N+${BURST_429_LENGTH - 1}, 2N..2N+${BURST_429_LENGTH - 1}… get 429 (Retry-After 1)
                             after-write-503=P   run a POST/PUT/PATCH/DELETE, then answer
                                           503 anyway: retries must not duplicate
                           The STATUS and drop probabilities add up to at most 1
  --faults-seed N          Seed of the fault randomness, to replay a failure sequence
                           (default: random)
  --log                    Log every request (tokens and secrets are redacted)
  --help                   Show this text
`;

class CliError extends Error {}

/** Pure: never exits or prints, so tests can call it; main.ts turns the result into output. */
export function parseCliArgs(argv: readonly string[], cwd: string = process.cwd()): CliResult {
  try {
    return parseOrThrow(argv, cwd);
  } catch (error) {
    if (error instanceof CliError) return { kind: 'error', message: error.message };
    if (error instanceof TypeError) return { kind: 'error', message: parseArgsMessage(error) };
    throw error;
  }
}

/** parseArgs explains itself over several lines; the CLI promises one sentence. */
function parseArgsMessage(error: TypeError): string {
  const firstLine = (error.message.split('\n')[0] ?? error.message).replace(/\.$/, '');
  const code = 'code' in error ? error.code : undefined;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && firstLine.endsWith('is ambiguous')) {
    return `${firstLine}: write values that start with a dash as --flag=-value.`;
  }
  return `${firstLine.replace(/\. This command.*$/, '')}; run with --help to see the options.`;
}

function parseOrThrow(argv: readonly string[], cwd: string): CliResult {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      memory: { type: 'boolean' },
      seed: { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'console-client-id': { type: 'string' },
      'console-redirect': { type: 'string', multiple: true },
      'strict-redirects': { type: 'boolean' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-ttl': { type: 'string' },
      'rate-limit': { type: 'string' },
      faults: { type: 'string' },
      'faults-seed': { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) return { kind: 'help', text: HELP_TEXT };

  if (values.memory === true && values.data !== undefined) {
    throw new CliError('--memory and --data cannot be used together: pick one.');
  }
  const defaults = defaultSandboxOptions();
  const options: SandboxOptions = {
    ...defaults,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    host: values.host === undefined ? DEFAULT_HOST : nonEmpty('--host', values.host),
    memory: values.memory === true,
    dataFile:
      values.data === undefined ? DEFAULT_DATA_FILE : resolve(cwd, nonEmpty('--data', values.data)),
    seed: values.seed === undefined ? defaults.seed : parseSeed(values.seed),
    allowedOrigins: (values['allowed-origin'] ?? []).map(parseOrigin),
    consoleClientId: nonEmpty(
      '--console-client-id',
      values['console-client-id'] ?? defaults.consoleClientId,
    ),
    consoleRedirects: (values['console-redirect'] ?? []).map(parseRedirect),
    strictRedirects: values['strict-redirects'] === true,
    clientId: nonEmpty('--client-id', values['client-id'] ?? defaults.clientId),
    clientSecret: nonEmpty('--client-secret', values['client-secret'] ?? defaults.clientSecret),
    tokenTtlSeconds:
      values['token-ttl'] === undefined ? DEFAULT_TOKEN_TTL_SECONDS : parseTtl(values['token-ttl']),
    rateLimit:
      values['rate-limit'] === undefined
        ? defaults.rateLimit
        : parseRateLimit(values['rate-limit']),
    faults: values.faults === undefined ? null : parseFaults(values.faults),
    faultsSeed: values['faults-seed'] === undefined ? null : parseFaultsSeed(values['faults-seed']),
    log: values.log === true ? 'requests' : 'errors',
  };
  if (options.strictRedirects && options.consoleRedirects.length === 0) {
    throw new CliError(
      '--strict-redirects accepts only registered redirect URIs: give the console one with --console-redirect.',
    );
  }
  if (options.consoleClientId === options.clientId) {
    throw new CliError('--console-client-id and --client-id must differ.');
  }
  return { kind: 'run', options };
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new CliError(`${flag} needs a non-empty value.`);
  return value;
}

/** Digits only: Number('1e3') or Number(' 8 ') would otherwise slip through. */
function parseWholeNumber(text: string): number | null {
  return /^\d{1,15}$/.test(text) ? Number(text) : null;
}

function parsePort(text: string): number {
  const port = parseWholeNumber(text);
  if (port === null || port > 65_535) {
    throw new CliError(`--port must be a whole number from 0 to 65535, got "${text}".`);
  }
  return port;
}

function parseSeed(text: string): SeedChoice {
  if (text === 'demo') return { kind: 'demo' };
  if (text === 'none') return { kind: 'none' };
  const count = parseWholeNumber(text);
  if (count === null || count < 1 || count > MAX_SEED_COUNT) {
    throw new CliError(
      `--seed must be demo, none or a contact count from 1 to ${MAX_SEED_COUNT}, got "${text}".`,
    );
  }
  return { kind: 'count', count };
}

function parseOrigin(text: string): string {
  const url = parseHttpUrl('--allowed-origin', text);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new CliError(
      `--allowed-origin must be an origin like https://example.com, got "${text}".`,
    );
  }
  return url.origin;
}

function parseRedirect(text: string): string {
  const url = parseHttpUrl('--console-redirect', text);
  // RFC 6749 §3.1.2: a redirection endpoint must not carry a fragment.
  if (url.hash !== '') throw new CliError(`--console-redirect must not contain a #fragment.`);
  return text;
}

function parseHttpUrl(flag: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`${flag} must be an absolute http(s) URL, got "${text}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`${flag} must be an absolute http(s) URL, got "${text}".`);
  }
  return url;
}

function parseTtl(text: string): number {
  const ttl = parseWholeNumber(text);
  if (ttl === null || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new CliError(
      `--token-ttl must be a whole number of seconds from 1 to ${MAX_TOKEN_TTL_SECONDS}, got "${text}".`,
    );
  }
  return ttl;
}

function parseRateLimit(text: string): RateLimitChoice {
  if (text === 'off') return { kind: 'off' };
  const requests = parseWholeNumber(text);
  if (requests === null || requests < 1) {
    throw new CliError(`--rate-limit must be off or a positive whole number, got "${text}".`);
  }
  return { kind: 'perMinute', requests };
}

export function parseFaults(text: string): FaultSpec | null {
  if (text === 'off') return null;
  const errorRates: { status: number; probability: number }[] = [];
  const spec: FaultSpec = {
    errorRates,
    latency: null,
    dropProbability: 0,
    burst429Every: null,
    afterWrite503Probability: 0,
  };
  for (const item of text.split(',')) {
    const [key = '', value = '', ...rest] = item.trim().split('=');
    if (rest.length > 0 || value === '') throw faultError(text, `"${item}" is not KEY=VALUE`);
    switch (key) {
      case 'latency':
        spec.latency = parseLatency(text, value);
        continue;
      case 'drop':
        spec.dropProbability = parseProbability(text, key, value);
        continue;
      case 'after-write-503':
        spec.afterWrite503Probability = parseProbability(text, key, value);
        continue;
      case 'burst429':
        spec.burst429Every = parseBurstEvery(text, value);
        continue;
      default:
        break;
    }
    const status = parseWholeNumber(key);
    if (status === null || !FAULT_STATUSES.has(status)) {
      throw faultError(
        text,
        `"${key}" is not one of ${FAULT_KEYS.join(', ')}, ${[...FAULT_STATUSES].join(', ')}`,
      );
    }
    errorRates.push({ status, probability: parseProbability(text, String(status), value) });
  }
  const total = errorRates.reduce((sum, rate) => sum + rate.probability, spec.dropProbability);
  if (total > 1) throw faultError(text, 'the probabilities add up to more than 1');
  return spec;
}

const FAULT_KEYS = ['latency', 'drop', 'burst429', 'after-write-503'];

function parseProbability(spec: string, key: string, value: string): number {
  const probability = /^(0|1)?(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(probability > 0 && probability <= 1)) {
    throw faultError(spec, `the probability of ${key} must be above 0 and at most 1`);
  }
  return probability;
}

/** Shorter periods would make the bursts touch, and the API would answer nothing but 429. */
function parseBurstEvery(spec: string, value: string): number {
  const every = parseWholeNumber(value);
  if (every === null || every <= BURST_429_LENGTH) {
    throw faultError(spec, `burst429 must be a whole number above ${BURST_429_LENGTH}`);
  }
  return every;
}

function parseFaultsSeed(text: string): number {
  const seed = parseWholeNumber(text);
  if (seed === null || seed > 0xffff_ffff) {
    throw new CliError(`--faults-seed must be a whole number from 0 to 4294967295, got "${text}".`);
  }
  return seed;
}

function parseLatency(spec: string, value: string): NonNullable<FaultSpec['latency']> {
  const [minText = '', maxText = minText, ...rest] = value.split('-');
  const minMs = parseWholeNumber(minText);
  const maxMs = parseWholeNumber(maxText);
  if (
    rest.length > 0 ||
    minMs === null ||
    maxMs === null ||
    minMs > maxMs ||
    maxMs > MAX_LATENCY_MS
  ) {
    throw faultError(spec, `latency must be MS or MIN-MAX milliseconds up to ${MAX_LATENCY_MS}`);
  }
  return { minMs, maxMs };
}

function faultError(spec: string, reason: string): CliError {
  return new CliError(`--faults "${spec}" is not valid: ${reason}.`);
}
