import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_DATA_FILE,
  DEFAULT_HOST,
  DEFAULT_PORT,
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
  --client-id ID           Client-credentials client id (default sandbox-client)
  --client-secret S        Client-credentials secret (default sandbox-secret)
  --token-ttl SECONDS      Access token lifetime, 1-${MAX_TOKEN_TTL_SECONDS} (default ${DEFAULT_TOKEN_TTL_SECONDS})
  --rate-limit N|off       Requests per minute per token (default off); accepted and validated,
                           enforcement arrives with a later version
  --faults SPEC|off        Injected failures, e.g. "503=0.05,429=0.02,latency=50-300"
                           (STATUS=PROBABILITY with STATUS in 408,429,500,502,503,504, and
                           latency=MS or MIN-MAX); accepted and validated, injection arrives
                           with a later version
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
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-ttl': { type: 'string' },
      'rate-limit': { type: 'string' },
      faults: { type: 'string' },
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
    clientId: nonEmpty('--client-id', values['client-id'] ?? defaults.clientId),
    clientSecret: nonEmpty('--client-secret', values['client-secret'] ?? defaults.clientSecret),
    tokenTtlSeconds:
      values['token-ttl'] === undefined ? DEFAULT_TOKEN_TTL_SECONDS : parseTtl(values['token-ttl']),
    rateLimit:
      values['rate-limit'] === undefined
        ? defaults.rateLimit
        : parseRateLimit(values['rate-limit']),
    faults: values.faults === undefined ? null : parseFaults(values.faults),
    log: values.log === true ? 'requests' : 'errors',
  };
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
  let latency: FaultSpec['latency'] = null;
  for (const item of text.split(',')) {
    const [key = '', value = '', ...rest] = item.trim().split('=');
    if (rest.length > 0 || value === '') throw faultError(text, `"${item}" is not KEY=VALUE`);
    if (key === 'latency') {
      latency = parseLatency(text, value);
      continue;
    }
    const status = parseWholeNumber(key);
    if (status === null || !FAULT_STATUSES.has(status)) {
      throw faultError(text, `"${key}" is not one of latency, ${[...FAULT_STATUSES].join(', ')}`);
    }
    const probability = /^(0|1)?(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(probability > 0 && probability <= 1)) {
      throw faultError(text, `the probability of ${status} must be above 0 and at most 1`);
    }
    errorRates.push({ status, probability });
  }
  const total = errorRates.reduce((sum, rate) => sum + rate.probability, 0);
  if (total > 1) throw faultError(text, 'the probabilities add up to more than 1');
  return { errorRates, latency };
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
