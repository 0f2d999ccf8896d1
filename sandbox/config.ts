import { fileURLToPath } from 'node:url';

/** Where the demo data lives when neither --data nor --memory is given (`data/` is gitignored). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('../data/sandbox.db', import.meta.url));

/** What `--seed` asked for. Only identities are seeded today; contacts come with a later issue. */
export type SeedChoice = { kind: 'demo' } | { kind: 'none' } | { kind: 'count'; count: number };

/** `--rate-limit`: requests per rolling minute per access token (http/rate-limit.ts). */
export type RateLimitChoice = { kind: 'off' } | { kind: 'perMinute'; requests: number };

/**
 * `--faults`: failures injected on /api/v2 requests (http/faults.ts). errorRates and
 * dropProbability share one roll per request, so together they are at most 1.
 */
export interface FaultSpec {
  errorRates: readonly { status: number; probability: number }[];
  latency: { minMs: number; maxMs: number } | null;
  /** Destroy the socket without answering (`drop=P`). */
  dropProbability: number;
  /** Every Nth request starts BURST_429_LENGTH consecutive 429s (`burst429=N`); null = off. */
  burst429Every: number | null;
  /** Apply a write, then answer 503 anyway (`after-write-503=P`), to test idempotent retries. */
  afterWrite503Probability: number;
}

/** How many 429s in a row a `burst429` fault sends. */
export const BURST_429_LENGTH = 5;

/**
 * `requests` logs every request (`--log`); `errors` (the default) logs only unexpected failures,
 * so a 500 always leaves its stack on stderr; `silent` is for tests that provoke 500s on purpose.
 */
export type LogMode = 'requests' | 'errors' | 'silent';

export interface SandboxOptions {
  port: number;
  host: string;
  /** In-memory SQLite (tests); wins over dataFile. */
  memory: boolean;
  dataFile: string;
  seed: SeedChoice;
  /** CORS origins allowed on top of http://localhost:* and http://127.0.0.1:*. */
  allowedOrigins: readonly string[];
  consoleClientId: string;
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs for the console client on top of any loopback http URI. */
  consoleRedirects: readonly string[];
  /**
   * `--strict-redirects`: only exactly registered redirect URIs (--console-redirect), as Genesys
   * Cloud checks them; the any-loopback-URI convenience is off.
   */
  strictRedirects: boolean;
  tokenTtlSeconds: number;
  rateLimit: RateLimitChoice;
  faults: FaultSpec | null;
  /** Seed of the fault PRNG (`--faults-seed`), so a failure sequence can be replayed; null = random. */
  faultsSeed: number | null;
  log: LogMode;
  /** Milliseconds since the epoch; tests replace it to expire tokens without waiting. */
  clock: () => number;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TOKEN_TTL_SECONDS = 86_400;
/** Genesys's documented limit for a client-credentials token: 300 requests per minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
/** Genesys lets an OAuth client's token lifetime go up to 48 hours. */
export const MAX_TOKEN_TTL_SECONDS = 172_800;
export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;
/** A CSV import upload (the presigned PUT): Genesys' importer takes files up to 50 MB. */
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

export function defaultSandboxOptions(): SandboxOptions {
  return {
    port: DEFAULT_PORT,
    host: DEFAULT_HOST,
    memory: false,
    dataFile: DEFAULT_DATA_FILE,
    seed: { kind: 'demo' },
    allowedOrigins: [],
    consoleClientId: 'sandbox-console',
    clientId: 'sandbox-client',
    clientSecret: 'sandbox-secret',
    consoleRedirects: [],
    strictRedirects: false,
    tokenTtlSeconds: DEFAULT_TOKEN_TTL_SECONDS,
    rateLimit: { kind: 'perMinute', requests: DEFAULT_RATE_LIMIT_PER_MINUTE },
    faults: null,
    faultsSeed: null,
    log: 'errors',
    clock: Date.now,
  };
}

/** Fills in defaults so tests can say `buildServer({ memory: true })`. */
export function resolveSandboxOptions(overrides: Partial<SandboxOptions> = {}): SandboxOptions {
  return { ...defaultSandboxOptions(), ...overrides };
}
